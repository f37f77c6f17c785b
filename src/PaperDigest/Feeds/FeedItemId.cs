using PaperDigest.Content;

namespace PaperDigest.Feeds;

/// <summary>
/// An item id that survives rebuilds and slug renames: <c>urn:arxiv:ID</c>, else <c>urn:doi:DOI</c>, else the
/// paper's first URL (its oldest alias if it was renamed, otherwise its permalink).
/// </summary>
public static class FeedItemId
{
    public static string Of(Paper paper, Func<string, string> absoluteUrl) =>
        paper.Arxiv is { } arxiv ? $"urn:arxiv:{Parsing.Identifiers.ArxivWithoutVersion(arxiv)}"
        : paper.Doi is { } doi ? $"urn:doi:{doi}"
        : absoluteUrl(paper.Aliases.Length > 0 ? paper.Aliases[0] : paper.Path);

    /// <summary>Whether the id is a URL a reader can open (RSS's isPermaLink).</summary>
    public static bool IsPermalink(string id) => id.StartsWith("http", StringComparison.Ordinal);
}
