namespace PaperDigest.Theming.Views;

/// <summary>Where a page stands in a paginated listing. <see cref="IsPaginated"/> is false when there is one page.</summary>
/// <param name="Current">The number of this page, from 1.</param>
/// <param name="Total">The number of pages, at least 1.</param>
/// <param name="PreviousUrl">Link to the page before (newer papers, base path included), or null on the first page.</param>
/// <param name="NextUrl">Link to the page after (older papers, base path included), or null on the last page.</param>
/// <param name="Pages">The links to show: the first page, the last and two either side of the current one, with a gap (<see cref="PageLinkView.IsGap"/>) where pages are left out.</param>
internal sealed record PaginationView(
    int Current,
    int Total,
    string? PreviousUrl,
    string? NextUrl,
    IReadOnlyList<PageLinkView> Pages)
{
    /// <summary>Whether there is more than one page, so links are worth showing.</summary>
    public bool IsPaginated => Total > 1;
}
