using System.Globalization;
using System.Text;
using PaperDigest.Content;

namespace PaperDigest.Citations;

/// <summary>
/// A paper as a RIS record (<c>cite.ris</c>): one <c>TAG  - value</c> per line, lines ending in CR LF as the
/// format says, values flattened to one line so none can start a field of its own, <c>ER  - </c> last. RIS has no
/// way to say "and others": an incomplete author list gives its known authors, one <c>AU</c> each.
/// </summary>
internal static class RisWriter
{
    /// <param name="paper">The paper.</param>
    /// <param name="site">The digest, for the paper page's URL when the paper has no arXiv id or DOI.</param>
    /// <param name="keywords">The paper's tag names, one <c>KW</c> each.</param>
    public static string Write(Paper paper, SiteConfig site, IReadOnlyList<string> keywords)
    {
        var ris = new StringBuilder();
        // A venue, or a DOI with no preprint, means published work (as @article in the BibTeX); else a generic record.
        Field(ris, "TY", paper.Venue?.Kind switch
        {
            VenueKind.Conference or VenueKind.Workshop => "CPAPER",
            VenueKind.Book => "CHAP",
            VenueKind.Thesis => "THES",
            VenueKind.Preprint => "GEN",
            _ => paper.Venue is not null || (paper.Doi is not null && paper.Arxiv is null) ? "JOUR" : "GEN",
        });
        Field(ris, "TI", paper.Title);
        foreach (var author in paper.Authors)
        {
            Field(ris, "AU", AuthorName.LastFirst(CitationText.Flatten(author.Name)));
        }

        Field(ris, "PY", CitationDates.Year(paper).ToString(CultureInfo.InvariantCulture));
        if (paper.Published is { } published)
        {
            Field(ris, "DA", CitationDates.Slashed(published));
        }

        Field(ris, "T2", paper.Venue?.Name);
        Field(ris, "VL", paper.Venue?.Volume);
        Field(ris, "IS", paper.Venue?.Issue);
        Field(ris, "SP", paper.Venue?.PageRange?.First);
        Field(ris, "EP", paper.Venue?.PageRange?.Last);
        Field(ris, "PB", paper.Venue?.Publisher);
        Field(ris, "DO", paper.Doi);
        Field(ris, "UR", paper.Arxiv is not null ? ArxivId.AbsUrl(paper.Arxiv)
            : paper.Doi is not null ? DoiLink.Url(paper.Doi)
            : site.AbsoluteUrl(paper.Path));
        Field(ris, "L1", paper.PdfUrl);
        Field(ris, "AB", paper.Tldr);
        foreach (var keyword in keywords)
        {
            Field(ris, "KW", keyword);
        }

        return ris.Append("ER  - \r\n").ToString();
    }

    private static void Field(StringBuilder ris, string tag, string? value)
    {
        var text = value is null ? "" : CitationText.Flatten(value);
        if (text.Length > 0)
        {
            ris.Append(tag).Append("  - ").Append(text).Append("\r\n");
        }
    }
}
