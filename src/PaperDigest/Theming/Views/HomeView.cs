namespace PaperDigest.Theming.Views;

/// <summary>The model of <c>templates/home.sbn-html</c>: one page of the latest digest days.</summary>
/// <param name="Site">The site: its title, navigation and links.</param>
/// <param name="Days">This page's digest days, newest first: up to <c>page_size</c> papers, never splitting a day (a larger day has a page to itself); empty when the digest has no papers.</param>
/// <param name="Pagination">Where this page stands among the home pages (<c>/</c>, <c>/page/2/</c>, …).</param>
/// <param name="PaperCount">The number of papers in the whole digest.</param>
internal sealed record HomeView(SiteView Site, IReadOnlyList<DayView> Days, PaginationView Pagination, int PaperCount);
