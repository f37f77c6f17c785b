using PaperDigest.Content;

namespace PaperDigest.Parsing;

/// <summary>What an entry is checked against besides its own text.</summary>
/// <param name="Tags">The tag registry every tag must belong to.</param>
/// <param name="Today">Today in the digest's time zone; later digest days are in the future.</param>
/// <param name="AllowFuture">Whether future digest days are accepted (previews with drafts).</param>
internal sealed record EntryRules(TagRegistry Tags, DateOnly Today, bool AllowFuture);
