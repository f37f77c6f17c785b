using System.Collections.Immutable;
using PaperDigest.Diagnostics;

namespace PaperDigest.Scaffolding;

/// <summary>The papers an import file holds, in file order, and the problems found reading it.</summary>
internal sealed record ImportReadResult(ImmutableArray<ImportedPaper> Papers, ImmutableArray<Diagnostic> Diagnostics)
{
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
}
