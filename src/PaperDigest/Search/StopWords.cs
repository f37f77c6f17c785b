using System.Collections.Frozen;

namespace PaperDigest.Search;

/// <summary>
/// English function words left out of the index (they match nearly every entry and would make the largest
/// shards); the browser drops them from queries too, reading the list from <c>meta.json</c>. Only used for
/// digests whose language is English.
/// </summary>
internal static class StopWords
{
    public static FrozenSet<string> English { get; } = new[]
    {
        "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "into", "is", "it", "its",
        "of", "on", "or", "that", "the", "their", "this", "to", "was", "we", "were", "which", "with",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The stop words of a digest in <paramref name="language"/> (a BCP 47 tag such as <c>en-GB</c>): none unless English.</summary>
    public static FrozenSet<string> For(string language) =>
        language.Equals("en", StringComparison.OrdinalIgnoreCase) || language.StartsWith("en-", StringComparison.OrdinalIgnoreCase)
            ? English
            : FrozenSet<string>.Empty;
}
