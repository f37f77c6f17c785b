namespace PaperDigest.Theming.Views;

/// <summary>A paper in the weekly e-mail; every URL is absolute, as mail clients need.</summary>
/// <param name="Title">The paper's title, plain text.</param>
/// <param name="Url">Absolute URL of the paper's page.</param>
/// <param name="Authors">The authors on one line: up to three in full, else <c>A, B, … +N</c>; an incomplete list ends in <c>et al.</c>; empty when the entry names none.</param>
/// <param name="Venue">The entry's <c>venue</c>, or null.</param>
/// <param name="Summary">The entry's <c>tldr</c>, else the write-up's first paragraph as plain text (cut near 280 characters); empty when there is neither. Math is in readable Unicode (<c>$\alpha^2$</c> is <c>α²</c>), since mail clients show no MathML.</param>
/// <param name="Tags">The names of the paper's tags, joined with <c>, </c>.</param>
/// <param name="ArxivUrl">The arXiv abstract, <c>https://arxiv.org/abs/&lt;id&gt;</c>, or null without an arXiv id.</param>
/// <param name="PdfUrl">The entry's <c>links.pdf</c>, else <c>https://arxiv.org/pdf/&lt;id&gt;</c>; null when there is neither.</param>
/// <param name="CodeUrl">The entry's <c>links.code</c> (an absolute http or https URL), or null.</param>
internal sealed record NewsletterItemView(
    string Title,
    string Url,
    string Authors,
    string? Venue,
    string Summary,
    string Tags,
    string? ArxivUrl,
    string? PdfUrl,
    string? CodeUrl);
