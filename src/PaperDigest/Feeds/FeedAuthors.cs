using PaperDigest.Content;

namespace PaperDigest.Feeds;

/// <summary>
/// A paper's authors as the three feed formats list them: each known author in order, then "et al." as one more
/// name when the entry's list is incomplete, so a feed reader shows what the paper page shows.
/// </summary>
internal static class FeedAuthors
{
    /// <summary>The names with each author's link (their homepage, else their ORCID record), "et al." last without one.</summary>
    public static IEnumerable<(string Name, string? Url)> People(AuthorList authors)
    {
        foreach (var author in authors)
        {
            yield return (author.Name, author.Url?.AbsoluteUri ?? author.OrcidUrl);
        }

        if (authors.Incomplete && !authors.IsEmpty)
        {
            yield return (AuthorList.EtAl, null);
        }
    }
}
