namespace PaperDigest.Theming.Views;

/// <summary>
/// The model of <c>templates/feeds.hbs</c>: every feed of the digest (site and per tag, each in RSS, Atom and
/// JSON Feed), the OPML file that subscribes to all of them, and the weekly e-mail editions.
/// </summary>
public sealed record FeedsPageView(
    SiteView Site,
    IReadOnlyList<FeedLinkView> SiteFeeds,
    IReadOnlyList<TagFeedsView> Tags,
    string OpmlUrl,
    IReadOnlyList<NewsletterLinkView> Newsletters);
