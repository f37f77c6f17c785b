using System.Collections.Immutable;
using PaperDigest.Diagnostics;

namespace PaperDigest.Scaffolding;

/// <summary>The entries of a BibTeX file that could be read, and the problems of the others, with positions.</summary>
internal sealed record BibTexReadResult(ImmutableArray<BibTexRecord> Records, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
