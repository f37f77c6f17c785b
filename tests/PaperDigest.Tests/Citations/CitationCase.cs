using PaperDigest.Citations;
using PaperDigest.Content;

namespace PaperDigest.Tests.Citations;

/// <summary>A paper to cite, with what the paper page passes beside it: tag names and a description.</summary>
internal sealed record CitationCase(Paper Paper, IReadOnlyList<string> Keywords, string Description);
