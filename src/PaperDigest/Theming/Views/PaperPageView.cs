namespace PaperDigest.Theming.Views;

/// <summary>The model of <c>templates/paper.sbn-html</c>. <see cref="Bibtex"/> is shown on the page; <c>cite.bib</c> and <c>cite.ris</c> sit beside it.</summary>
/// <param name="Site">The site: its title, navigation and links.</param>
/// <param name="Paper">The paper, as on its card.</param>
/// <param name="ContentHtml">The write-up, the entry's Markdown rendered to HTML.</param>
/// <param name="PublishedIso">The entry's <c>published</c> date as <c>YYYY-MM-DD</c>, or null.</param>
/// <param name="PublishedText">The entry's <c>published</c> date as shown, such as <c>10 March 2025</c> (English), or null.</param>
/// <param name="Doi">The entry's DOI, such as <c>10.1103/PhysRevE.108.014309</c>, or null.</param>
/// <param name="DoiUrl">The DOI as a link, <c>https://doi.org/&lt;doi&gt;</c>, or null.</param>
/// <param name="Newer">The next newer paper in digest order (its title and page), or null on the newest.</param>
/// <param name="Older">The next older paper in digest order (its title and page), or null on the oldest.</param>
/// <param name="Related">Up to four related papers (shared tags, similar write-ups), best first; may be empty.</param>
/// <param name="Bibtex">The paper's BibTeX entry, several lines of plain text, the same as <c>cite.bib</c>.</param>
/// <param name="BibtexUrl">Link to the paper's <c>cite.bib</c> (base path included).</param>
/// <param name="RisUrl">Link to the paper's <c>cite.ris</c> (base path included).</param>
/// <param name="Authors">The known authors with their pages and the links the entry or <c>authors.yml</c> gives for them, in its order; <c>paper.authors_incomplete</c> says whether "et al." follows.</param>
/// <param name="Figures">The entry's figures at page size (at most 1200 × 1200 pixels), in its order, with their captions; empty without figures.</param>
internal sealed record PaperPageView(
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
    string RisUrl,
    IReadOnlyList<AuthorView> Authors,
    IReadOnlyList<FigureView> Figures);
