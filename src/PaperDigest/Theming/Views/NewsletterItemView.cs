namespace PaperDigest.Theming.Views;

/// <summary>A paper in the weekly e-mail; every URL is absolute, as mail clients need.</summary>
public sealed record NewsletterItemView(
    string Title,
    string Url,
    string Authors,
    string? Venue,
    string Summary,
    string Tags,
    string? ArxivUrl,
    string? PdfUrl,
    string? CodeUrl);
