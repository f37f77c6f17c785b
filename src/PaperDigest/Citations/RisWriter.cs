using System.Text;
using PaperDigest.Content;

namespace PaperDigest.Citations;

/// <summary>
/// A paper as a RIS record (<c>cite.ris</c>), from its <see cref="Citation"/>: one <c>TAG  - value</c> per line,
/// lines ending in CR LF as the format says, values flattened to one line so none can start a field of its own,
/// <c>ER  - </c> last. The type is <c>JOUR</c> for a journal article, <c>CPAPER</c> for a paper in proceedings,
/// <c>CHAP</c>, <c>THES</c>, and <c>GEN</c> for a preprint (the type Zotero's RIS translator writes for one, with the
/// preprint server as <c>PB</c>) or a paper whose kind is unknown. <c>PY</c> and <c>DA</c> are written only when
/// the date is known, at its precision. There is no <c>AB</c>: the editor's summary is not the paper's abstract.
/// RIS has no way to say "and others", nor a tag for an ORCID iD: an incomplete author list gives its known
/// authors, one <c>AU</c> each.
/// </summary>
internal static class RisWriter
{
    /// <param name="paper">The paper.</param>
    /// <param name="site">The digest, for the paper page's URL when the paper has no arXiv id or DOI.</param>
    /// <param name="keywords">The paper's tag names, one <c>KW</c> each.</param>
    public static string Write(Paper paper, SiteConfig site, IReadOnlyList<string> keywords) =>
        Write(Citation.For(paper, site, keywords));

    public static string Write(Citation citation)
    {
        var ris = new StringBuilder();
        Field(ris, "TY", citation.Kind switch
        {
            CitationKind.Article => "JOUR",
            CitationKind.ProceedingsPaper => "CPAPER",
            CitationKind.Chapter => "CHAP",
            CitationKind.Thesis => "THES",
            _ => "GEN",
        });
        Field(ris, "TI", citation.Title);
        foreach (var author in citation.Authors)
        {
            Field(ris, "AU", AuthorName.LastFirst(CitationText.Flatten(author.Name)));
        }

        if (citation.Issued is { } issued)
        {
            Field(ris, "PY", issued.YearText);
            if (issued.Month is not null)
            {
                Field(ris, "DA", issued.Slashed);
            }
        }

        // A thesis's venue is its university, RIS's publisher; a preprint's is its server, which Zotero writes as PB.
        if (citation.Kind is CitationKind.Thesis or CitationKind.Preprint)
        {
            Field(ris, "PB", citation.Repository ?? citation.Venue ?? citation.Publisher);
        }
        else
        {
            Field(ris, "T2", citation.Venue);
            Field(ris, "VL", citation.Volume);
            Field(ris, "IS", citation.Issue);
            Field(ris, "SP", citation.FirstPage);
            Field(ris, "EP", citation.LastPage);
            Field(ris, "PB", citation.Publisher);
        }

        Field(ris, "DO", citation.Doi);
        Field(ris, "UR", citation.Link);
        Field(ris, "L1", citation.PdfUrl);
        foreach (var keyword in citation.Keywords)
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
