using PaperDigest.Content;
using PaperDigest.Parsing;

namespace PaperDigest.Feeds;

/// <summary>
/// A feed item's id, derived from the paper's first address (its oldest alias if it was renamed, otherwise its page),
/// so that it changes neither when an identifier is added to the entry nor when the paper is renamed with an alias.
/// The same id serves as RSS guid, Atom id and JSON Feed id, and is always an IRI as Atom requires.
/// </summary>
internal static class FeedItemId
{
    public static string Of(Paper paper, Func<string, string> absoluteUrl)
    {
        var key = KeyOf(paper);
        return key.StartsWith('/') ? absoluteUrl(key) : key;
    }

    /// <summary>
    /// The id without the site's address: <c>urn:arxiv:ID</c> when the first address is <c>/papers/ID/</c>, the default
    /// address of an entry with that arXiv id (these were the ids before ids followed addresses, so subscribers do not
    /// see those items again), otherwise the site path of the first address.
    /// </summary>
    public static string KeyOf(Paper paper)
    {
        var first = paper.Aliases.Length > 0 ? paper.Aliases[0] : paper.Path;
        return paper.Arxiv is { } arxiv && first == $"/papers/{Identifiers.DefaultSlug(arxiv, "")}/"
            ? $"urn:arxiv:{Identifiers.ArxivWithoutVersion(arxiv)}"
            : first;
    }

    /// <summary>Whether the id is a URL a reader can open (RSS's isPermaLink): an old address redirects to the page.</summary>
    public static bool IsPermalink(string id) => id.StartsWith("http", StringComparison.Ordinal);
}
