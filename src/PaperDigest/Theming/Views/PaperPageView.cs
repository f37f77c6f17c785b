namespace PaperDigest.Theming.Views;

/// <summary>The model of <c>templates/paper.hbs</c>. <see cref="Bibtex"/> is shown on the page; <c>cite.bib</c> and <c>cite.ris</c> sit beside it.</summary>
public sealed record PaperPageView(
    SiteView Site,
    PaperCardView Paper,
    TrustedHtml ContentHtml,
    string? PublishedIso,
    string? PublishedText,
    string? Doi,
    string? DoiUrl,
    NavLinkView? Newer,
    NavLinkView? Older,
    IReadOnlyList<PaperCardView> Related,
    string Bibtex,
    string BibtexUrl,
    string RisUrl);
