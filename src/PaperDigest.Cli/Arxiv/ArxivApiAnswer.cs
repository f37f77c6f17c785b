using System.Collections.Immutable;
using PaperDigest.Scaffolding;

namespace PaperDigest.Cli.Arxiv;

/// <summary>What the arXiv API answered for the ids asked: the papers it has, or one-line problems naming the ids.</summary>
internal sealed record ArxivApiAnswer(ImmutableArray<ImportedPaper> Papers, ImmutableArray<string> Problems, bool Unreachable = false);
