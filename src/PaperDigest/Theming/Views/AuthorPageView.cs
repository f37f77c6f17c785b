namespace PaperDigest.Theming.Views;

/// <summary>The model of <c>templates/author.sbn-html</c>: one page of an author's papers.</summary>
/// <param name="Site">The site: its title, navigation and links.</param>
/// <param name="Author">The author.</param>
/// <param name="Papers">This page's papers, newest first, <c>page_size</c> to a page.</param>
/// <param name="Pagination">Where this page stands among the author's pages (<c>/authors/&lt;slug&gt;/</c>, <c>/authors/&lt;slug&gt;/page/2/</c>, …).</param>
/// <param name="Feeds">The author's RSS, Atom and JSON Feed, in that order, each titled by its format alone.</param>
/// <param name="Subscribe">How to follow the author in a feed reader (<c>partials/subscribe.sbn-html</c>).</param>
internal sealed record AuthorPageView(SiteView Site, AuthorSummaryView Author, IReadOnlyList<PaperCardView> Papers, PaginationView Pagination, IReadOnlyList<FeedLinkView> Feeds, SubscribeView Subscribe);
