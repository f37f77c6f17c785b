namespace PaperDigest.Theming.Views;

/// <summary>Where a page stands in a paginated listing. <see cref="IsPaginated"/> is false when there is one page.</summary>
public sealed record PaginationView(
    int Current,
    int Total,
    string? PreviousUrl,
    string? NextUrl,
    IReadOnlyList<PageLinkView> Pages)
{
    public bool IsPaginated => Total > 1;
}
