using System.Collections.Immutable;

namespace PaperDigest.Search;

/// <summary>
/// How much a match in each <see cref="SearchField"/> counts: an exact arXiv id above everything, then title and
/// authors above tags, tldr and venue, and the write-up last. The browser reads these from <c>meta.json</c>.
/// </summary>
internal static class SearchFields
{
    /// <summary>The weight of each field, indexed by its code.</summary>
    public static ImmutableArray<int> Weights { get; } = [10, 8, 6, 20, 3, 3, 1];

    /// <summary>The fields' names, indexed by code, as <c>meta.json</c> lists them.</summary>
    public static ImmutableArray<string> Names { get; } = ["title", "authors", "tags", "id", "tldr", "venue", "write-up"];

    public static int Weight(SearchField field) => Weights[(int)field];
}
