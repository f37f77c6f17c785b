namespace PaperDigest.Theming.Views;

/// <summary>
/// The model of <c>templates/feeds.sbn-html</c>: every feed of the digest (site and per tag, each in RSS, Atom and
/// JSON Feed), the OPML file that subscribes to all of them, and the weekly e-mail editions.
/// </summary>
/// <param name="Site">The site: its title, navigation and links.</param>
/// <param name="SiteFeeds">The whole digest's feeds: RSS, Atom and JSON Feed, in that order.</param>
/// <param name="Tags">Every tag of <c>tags.yml</c> (unused ones too) with its feeds, by name.</param>
/// <param name="OpmlUrl">Link to the OPML file that subscribes to every feed at once (<c>/feeds.opml</c>, base path included).</param>
/// <param name="Authors">Every author with their feeds, by name.</param>
/// <param name="AuthorsOpmlUrl">Link to the OPML file that subscribes to every author's feed at once (<c>/authors.opml</c>, base path included).</param>
/// <param name="Newsletters">Every weekly e-mail edition, newest first; empty when the digest has no papers.</param>
/// <param name="Subscribe">How to follow the whole digest in a feed reader (<c>partials/subscribe.sbn-html</c>).</param>
/// <param name="NewsletterFeedUrl">Link to the weekly newsletter's feed (<c>/newsletter/feed.xml</c>, base path included), one item per finished week.</param>
internal sealed record FeedsPageView(
    SiteView Site,
    IReadOnlyList<FeedLinkView> SiteFeeds,
    IReadOnlyList<TagFeedsView> Tags,
    string OpmlUrl,
    IReadOnlyList<AuthorFeedsView> Authors,
    string AuthorsOpmlUrl,
    IReadOnlyList<NewsletterLinkView> Newsletters,
    SubscribeView Subscribe,
    string NewsletterFeedUrl);
