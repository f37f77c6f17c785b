namespace PaperDigest.Theming.Views;

/// <summary>A numbered link of a pagination, or (<see cref="IsGap"/>) the place of pages left out.</summary>
/// <param name="Number">The page's number, from 1; 0 for a gap.</param>
/// <param name="Url">Link to the page (base path included); empty for a gap.</param>
/// <param name="IsCurrent">Whether this is the page being rendered.</param>
internal sealed record PageLinkView(int Number, string Url, bool IsCurrent)
{
    public static PageLinkView Gap { get; } = new(0, "", false) { IsGap = true };

    /// <summary>Whether this marks pages left out (shown as an ellipsis) rather than a link.</summary>
    public bool IsGap { get; private init; }
}
