namespace PaperDigest.Theming.Views;

/// <summary>The model of <c>templates/home.hbs</c>: one page of the latest digest days.</summary>
public sealed record HomeView(SiteView Site, IReadOnlyList<DayView> Days, PaginationView Pagination, int PaperCount);
