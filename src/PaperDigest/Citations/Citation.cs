using PaperDigest.Content;

namespace PaperDigest.Citations;

/// <summary>
/// A paper as every citation format states it: BibTeX, RIS, Highwire meta tags, schema.org JSON-LD, COinS and
/// OpenGraph are each written from this one record, so they agree on the authors, title, venue, volume, pages and
/// date. What is not known is null and left out of every format, never filled in: in particular the digest day is
/// the date of the editor's page, never the paper's, and the editor's summary is never the paper's abstract.
/// </summary>
/// <param name="Kind">What the paper is; decides each format's type.</param>
/// <param name="Title">The paper's title.</param>
/// <param name="Authors">The authors as the entry gives them, with their ORCID iDs and homepages.</param>
/// <param name="Issued">The date of the cited version, as precisely as it is known; null when nothing tells it.</param>
/// <param name="Modified">The date of the paper's latest version (the entry's <c>updated</c>), or null.</param>
/// <param name="Venue">Where it appeared: journal, proceedings (conference or workshop), book, university or preprint server; null for an arXiv paper with no venue.</param>
/// <param name="Volume">The venue's volume.</param>
/// <param name="Issue">The venue's issue.</param>
/// <param name="FirstPage">The first page, or the article number.</param>
/// <param name="LastPage">The last page of a range.</param>
/// <param name="Publisher">The venue's publisher.</param>
/// <param name="Arxiv">The arXiv id without version.</param>
/// <param name="Doi">The DOI.</param>
/// <param name="Link">Where to read the paper: its arXiv abstract, else the venue's page for it, else its DOI, else the digest page.</param>
/// <param name="PageUrl">The digest's page about the paper.</param>
/// <param name="PdfUrl">The editor's PDF link, or arXiv's.</param>
/// <param name="Keywords">The digest's tag names for the paper.</param>
/// <param name="Language">The digest's language (of the page, not necessarily of the paper).</param>
internal sealed record Citation(
    CitationKind Kind,
    string Title,
    AuthorList Authors,
    CitationDate? Issued,
    DateOnly? Modified,
    string? Venue,
    string? Volume,
    string? Issue,
    string? FirstPage,
    string? LastPage,
    string? Publisher,
    string? Arxiv,
    string? Doi,
    string Link,
    string PageUrl,
    string? PdfUrl,
    IReadOnlyList<string> Keywords,
    string Language)
{
    /// <summary>The page's image, for JSON-LD's <c>image</c> and <c>og:image</c>: the paper's first figure as a social image, or a card drawn for it; null when it has neither.</summary>
    public Uri? Image { get; init; }

    /// <summary>The archive an old-style arXiv id names (<c>hep-th</c>), or null.</summary>
    public string? ArxivClass => Arxiv is null ? null : ArxivId.PrimaryClass(Arxiv);

    public string? ArxivUrl => Arxiv is null ? null : ArxivId.AbsUrl(Arxiv);

    public string? DoiUrl => Doi is null ? null : DoiLink.Url(Doi);

    /// <summary>The preprint server a preprint is on: its venue, else arXiv for an arXiv paper; null for anything else.</summary>
    public string? Repository => Kind is CitationKind.Preprint ? Venue ?? (Arxiv is null ? null : "arXiv") : null;

    /// <summary>The pages as one text: <c>1297–1303</c>, or the first page or article number alone.</summary>
    public string? Pages => FirstPage is null ? null : LastPage is null ? FirstPage : FirstPage + "\u2013" + LastPage;

    /// <summary>Whether the paper appeared in a venue that reviews and publishes it (journal, proceedings, book, thesis).</summary>
    public bool IsPublished => Kind is CitationKind.Article or CitationKind.ProceedingsPaper or CitationKind.Chapter or CitationKind.Thesis;

    /// <param name="paper">The paper.</param>
    /// <param name="site">The digest, for the page's URL and language.</param>
    /// <param name="keywords">The paper's tag names.</param>
    public static Citation For(Paper paper, SiteConfig site, IReadOnlyList<string>? keywords = null)
    {
        var venue = paper.Venue;
        var kind = KindOf(paper);
        var arxiv = paper.Arxiv is null ? null : ArxivId.Bare(paper.Arxiv);
        var pages = venue?.PageRange;
        var pageUrl = site.AbsoluteUrl(paper.Path);
        return new Citation(
            kind,
            paper.Title,
            paper.Authors,
            IssuedDate(paper),
            paper.Updated,
            venue?.Name,
            venue?.Volume,
            venue?.Issue,
            pages?.First,
            pages?.Last,
            venue?.Publisher,
            arxiv,
            paper.Doi,
            arxiv is not null ? ArxivId.AbsUrl(arxiv) : venue?.Url?.AbsoluteUri ?? (paper.Doi is not null ? DoiLink.Url(paper.Doi) : pageUrl),
            pageUrl,
            paper.PdfUrl,
            keywords ?? [],
            site.Language);
    }

    /// <summary>The venue's kind decides; with no venue an arXiv paper is a preprint; anything else says nothing.</summary>
    private static CitationKind KindOf(Paper paper) => paper.Venue switch
    {
        { Kind: VenueKind.Journal } => CitationKind.Article,
        { Kind: VenueKind.Conference or VenueKind.Workshop } => CitationKind.ProceedingsPaper,
        { Kind: VenueKind.Book } => CitationKind.Chapter,
        { Kind: VenueKind.Thesis } => CitationKind.Thesis,
        { Kind: VenueKind.Preprint } => CitationKind.Preprint,
        null when paper.Arxiv is not null => CitationKind.Preprint,
        _ => CitationKind.Unclassified,
    };

    /// <summary>
    /// The date of the version cited. A paper in a venue with a year is cited as it appeared there: the year alone,
    /// since the entry's <c>published</c> of an arXiv paper is its first version's day, not the venue's (a paper known
    /// only by DOI whose <c>published</c> falls in that year is cited on that day). Otherwise the paper's own first date,
    /// else the year and month its arXiv id was assigned in (the month of its first version). Else nothing: the
    /// digest day is when the editor wrote about the paper, not when it appeared.
    /// </summary>
    private static CitationDate? IssuedDate(Paper paper)
    {
        if (paper.Venue?.Year is { } year)
        {
            return paper.Published is { } day && day.Year == year && paper.Arxiv is null ? CitationDate.Of(day) : new CitationDate(year);
        }

        return paper.Published is { } published ? CitationDate.Of(published)
            : paper.Arxiv is not null ? ArxivId.FirstVersion(paper.Arxiv)
            : null;
    }
}
