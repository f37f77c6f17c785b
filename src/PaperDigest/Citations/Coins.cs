using System.Text;
using PaperDigest.Content;

namespace PaperDigest.Citations;

/// <summary>
/// The OpenURL ContextObject (KEV) for a COinS span, <c>&lt;span class="Z3988" title="..."&gt;</c>, which lets
/// Zotero save every paper on a listing page, from the paper's <see cref="Citation"/>. A journal article is the
/// journal format with <c>rft.jtitle</c>; a paper in proceedings the book format with genre <c>proceeding</c> and the
/// conference as <c>rft.btitle</c> (Zotero's conference paper); a chapter genre <c>bookitem</c>; a thesis the
/// dissertation format; a preprint the journal format with genre <c>preprint</c> and no journal; a paper whose kind is
/// unknown the journal format with genre <c>unknown</c>. <c>rft.date</c> only when known. Every value is
/// percent-encoded; the theme HTML-escapes the whole string into the attribute.
/// </summary>
internal static class Coins
{
    public static string Title(Paper paper, SiteConfig site) => Title(Citation.For(paper, site));

    public static string Title(Citation citation)
    {
        var pairs = new List<(string Key, string Value)> { ("ctx_ver", "Z39.88-2004") };
        switch (citation.Kind)
        {
            case CitationKind.ProceedingsPaper or CitationKind.Chapter:
                pairs.Add(("rft_val_fmt", "info:ofi/fmt:kev:mtx:book"));
                pairs.Add(("rft.genre", citation.Kind is CitationKind.ProceedingsPaper ? "proceeding" : "bookitem"));
                pairs.Add(("rft.atitle", citation.Title));
                Optional(pairs, "rft.btitle", citation.Venue);
                break;
            case CitationKind.Thesis:
                pairs.Add(("rft_val_fmt", "info:ofi/fmt:kev:mtx:dissertation"));
                pairs.Add(("rft.title", citation.Title));
                Optional(pairs, "rft.inst", citation.Venue);
                break;
            default:
                pairs.Add(("rft_val_fmt", "info:ofi/fmt:kev:mtx:journal"));
                pairs.Add(("rft.genre", citation.Kind switch
                {
                    CitationKind.Article => "article",
                    CitationKind.Preprint => "preprint",
                    _ => "unknown",
                }));
                pairs.Add(("rft.atitle", citation.Title));
                if (citation.Kind is not CitationKind.Preprint)
                {
                    Optional(pairs, "rft.jtitle", citation.Venue);
                }

                break;
        }

        if (!citation.Authors.IsEmpty && AuthorName.Split(citation.Authors[0].Name) is { Family.Length: > 0 } first)
        {
            pairs.Add(("rft.aulast", first.Family));
            if (first.Given.Length > 0)
            {
                pairs.Add(("rft.aufirst", first.Given));
            }
        }

        // "Last, First" keeps particles with the family name; Zotero merges these with aulast/aufirst above.
        // An incomplete list gives its known authors: OpenURL has no "et al.".
        pairs.AddRange(citation.Authors.Select(author => ("rft.au", AuthorName.LastFirst(author.Name))));
        if (citation.IsPublished)
        {
            Optional(pairs, "rft.volume", citation.Volume);
            Optional(pairs, "rft.issue", citation.Issue);
            Optional(pairs, "rft.spage", citation.FirstPage);
            Optional(pairs, "rft.epage", citation.LastPage);
        }

        if (citation.Kind is CitationKind.ProceedingsPaper or CitationKind.Chapter)
        {
            Optional(pairs, "rft.pub", citation.Publisher);
        }

        Optional(pairs, "rft.date", citation.Issued?.Iso);
        if (citation.Doi is not null)
        {
            pairs.Add(("rft_id", "info:doi/" + citation.Doi));
        }

        if (citation.Arxiv is not null)
        {
            pairs.Add(("rft_id", "info:arxiv/" + citation.Arxiv));
        }

        pairs.Add(("rft_id", citation.PageUrl));

        var kev = new StringBuilder();
        foreach (var (key, value) in pairs)
        {
            kev.Append(kev.Length == 0 ? "" : "&").Append(key).Append('=').Append(Uri.EscapeDataString(value));
        }

        return kev.ToString();
    }

    private static void Optional(List<(string Key, string Value)> pairs, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            pairs.Add((key, value));
        }
    }
}
