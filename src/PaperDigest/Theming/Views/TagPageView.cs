namespace PaperDigest.Theming.Views;

/// <summary>The model of <c>templates/tag.sbn-html</c>: one page of a tag's papers.</summary>
/// <param name="Site">The site: its title, navigation and links.</param>
/// <param name="Tag">The tag.</param>
/// <param name="Papers">This page's papers, newest first, <c>page_size</c> to a page; empty for an unused tag.</param>
/// <param name="Pagination">Where this page stands among the tag's pages (<c>/tags/&lt;slug&gt;/</c>, <c>/tags/&lt;slug&gt;/page/2/</c>, …).</param>
/// <param name="Subscribe">How to follow the tag in a feed reader (<c>partials/subscribe.sbn-html</c>).</param>
internal sealed record TagPageView(SiteView Site, TagSummaryView Tag, IReadOnlyList<PaperCardView> Papers, PaginationView Pagination, SubscribeView Subscribe);
