using System.Text;
using PaperDigest.Content;

namespace PaperDigest.Citations;

/// <summary>
/// The OpenURL ContextObject (KEV) for a COinS span, <c>&lt;span class="Z3988" title="..."&gt;</c>, which lets
/// Zotero save every paper on a listing page. Zotero reads the journal format best, so a preprint is a journal
/// article in "arXiv". Every value is percent-encoded; the theme HTML-escapes the whole string into the attribute.
/// </summary>
internal static class Coins
{
    public static string Title(Paper paper, SiteConfig site)
    {
        var pairs = new List<(string Key, string Value)>
        {
            ("ctx_ver", "Z39.88-2004"),
            ("rft_val_fmt", "info:ofi/fmt:kev:mtx:journal"),
            ("rft.genre", "article"),
            ("rft.atitle", paper.Title),
        };
        var journal = paper.Venue?.Name ?? (paper.Arxiv is null ? null : "arXiv");
        if (journal is not null)
        {
            pairs.Add(("rft.jtitle", journal));
        }

        if (!paper.Authors.IsEmpty && AuthorName.Split(paper.Authors[0].Name) is { Family.Length: > 0 } first)
        {
            pairs.Add(("rft.aulast", first.Family));
            if (first.Given.Length > 0)
            {
                pairs.Add(("rft.aufirst", first.Given));
            }
        }

        // "Last, First" keeps particles with the family name; Zotero merges these with aulast/aufirst above.
        // An incomplete list gives its known authors: OpenURL has no "et al.".
        pairs.AddRange(paper.Authors.Select(author => ("rft.au", AuthorName.LastFirst(author.Name))));
        if (paper.Venue is { } venue)
        {
            Optional(pairs, "rft.volume", venue.Volume);
            Optional(pairs, "rft.issue", venue.Issue);
            Optional(pairs, "rft.spage", venue.PageRange?.First);
            Optional(pairs, "rft.epage", venue.PageRange?.Last);
        }

        pairs.Add(("rft.date", CitationDates.PublicationDate(paper, '-')));
        if (paper.Doi is not null)
        {
            pairs.Add(("rft_id", "info:doi/" + paper.Doi));
        }

        if (paper.Arxiv is not null)
        {
            pairs.Add(("rft_id", "info:arxiv/" + ArxivId.Bare(paper.Arxiv)));
        }

        pairs.Add(("rft_id", site.AbsoluteUrl(paper.Path)));

        var kev = new StringBuilder();
        foreach (var (key, value) in pairs)
        {
            kev.Append(kev.Length == 0 ? "" : "&").Append(key).Append('=').Append(Uri.EscapeDataString(value));
        }

        return kev.ToString();
    }

    private static void Optional(List<(string Key, string Value)> pairs, string key, string? value)
    {
        if (value is not null)
        {
            pairs.Add((key, value));
        }
    }
}
