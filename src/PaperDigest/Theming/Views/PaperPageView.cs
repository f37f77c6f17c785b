namespace PaperDigest.Theming.Views;

/// <summary>The model of <c>templates/paper.hbs</c>.</summary>
public sealed record PaperPageView(
    SiteView Site,
    PaperCardView Paper,
    string ContentHtml,
    string? PublishedIso,
    string? PublishedText,
    string? Doi,
    string? DoiUrl,
    NavLinkView? Newer,
    NavLinkView? Older,
    IReadOnlyList<PaperCardView> Related);
