namespace PaperDigest.Theming.Views;

/// <summary>The model of <c>templates/tag.hbs</c>: one page of a tag's papers.</summary>
public sealed record TagPageView(SiteView Site, TagSummaryView Tag, IReadOnlyList<PaperCardView> Papers, PaginationView Pagination);
