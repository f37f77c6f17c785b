using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Feeds;

/// <summary>
/// A feed a digest must have, from the test oracle: the page it follows (<c>/</c> or <c>/tags/x/</c>), the papers it
/// holds (all of them; a feed shows the newest <c>feed_items</c>), and its three files beside that page.
/// </summary>
internal sealed record ExpectedFeed(string PagePath, IReadOnlyList<ExpectedPaper> Papers)
{
    public string Rss => PagePath + "feed.xml";

    public string Atom => PagePath + "atom.xml";

    public string Json => PagePath + "feed.json";

    public IReadOnlyList<string> Files => [Rss, Atom, Json];

    /// <summary>The site feed, then one per tag of tags.yml (tags without papers too).</summary>
    public static IReadOnlyList<ExpectedFeed> All(ExpectedDigest digest) =>
        [new("/", digest.Papers), .. digest.Tags.Select(t => new ExpectedFeed(t.Path, digest.PapersTagged(t.Slug)))];

    public override string ToString() => PagePath;
}
