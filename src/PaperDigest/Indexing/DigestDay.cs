using System.Collections.Immutable;
using System.Globalization;
using PaperDigest.Rendering;

namespace PaperDigest.Indexing;

/// <summary>The papers that appeared on one digest day, featured first.</summary>
internal sealed record DigestDay(DateOnly Date, ImmutableArray<ShownPaper> Papers)
{
    public string Path => "/days/" + Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/";
}
