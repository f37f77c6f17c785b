using System.Collections.Immutable;
using PaperDigest.Rendering;

namespace PaperDigest.Indexing;

/// <summary>The papers that appeared on one digest day, featured first.</summary>
public sealed record DigestDay(DateOnly Date, ImmutableArray<RenderedPaper> Papers)
{
    public string Path => $"/days/{Date:yyyy-MM-dd}/";
}
