namespace PaperDigest.Theming.Views;

/// <summary>
/// A paper as a card in a list, and the common part of its own page. <see cref="Summary"/> is the tldr or,
/// without one, the write-up's first paragraph. <see cref="Coins"/> is the OpenURL context object for a COinS
/// span (<c>class="Z3988"</c>), so reference managers such as Zotero can save the papers of a listing page.
/// </summary>
public sealed record PaperCardView(
    string Slug,
    string Title,
    string Url,
    IReadOnlyList<string> Authors,
    string AuthorsShort,
    IReadOnlyList<TagChipView> Tags,
    string Summary,
    string? Tldr,
    string? Arxiv,
    string? ArxivUrl,
    string? PdfUrl,
    string? CodeUrl,
    string? ProjectUrl,
    string? DataUrl,
    string? Venue,
    bool Featured,
    bool Draft,
    string DateIso,
    string DateText,
    string DayUrl,
    string Coins,
    bool Scheduled = false)
{
    /// <summary>Whether the card has any of the arXiv, PDF or code links it shows.</summary>
    public bool HasLinks => ArxivUrl is not null || PdfUrl is not null || CodeUrl is not null;

    /// <summary>Whether the card shows a badge: featured, draft, or scheduled for a later day.</summary>
    public bool HasBadges => Featured || Draft || Scheduled;

    /// <summary>Whether the paper page has any link button.</summary>
    public bool HasActions => HasLinks || ProjectUrl is not null || DataUrl is not null;
}
