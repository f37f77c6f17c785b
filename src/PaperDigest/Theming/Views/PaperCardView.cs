namespace PaperDigest.Theming.Views;

/// <summary>A paper as a card in a list, and the common part of its own page. <see cref="Summary"/> is the tldr or, without one, the write-up's first paragraph.</summary>
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
    string DateText);
