using System.Globalization;
using System.Text;
using PaperDigest.Content;

namespace PaperDigest.Citations;

/// <summary>
/// A paper's BibTeX entry (<c>cite.bib</c>), in arXiv's style: an arXiv paper is <c>@misc</c> with
/// eprint/archivePrefix (and its DOI when it has one), a paper known only by DOI is <c>@article</c>,
/// and a paper with neither is <c>@misc</c> pointing at its digest page.
/// </summary>
public static class BibTexWriter
{
    public static string Write(Paper paper, SiteConfig site)
    {
        var fields = new List<(string Name, string Value)> { ("title", BibTexText.Title(paper.Title)) };
        var authors = BibTexText.Authors(paper.Authors);
        if (authors.Length > 0)
        {
            fields.Add(("author", authors));
        }

        string type;
        if (paper.Arxiv is not null)
        {
            type = "misc";
            fields.Add(("year", Year(paper)));
            fields.Add(("eprint", ArxivId.Bare(paper.Arxiv)));
            fields.Add(("archivePrefix", "arXiv"));
            if (ArxivId.PrimaryClass(paper.Arxiv) is { } primaryClass)
            {
                fields.Add(("primaryClass", primaryClass));
            }

            if (paper.Doi is not null)
            {
                fields.Add(("doi", BibTexText.Verbatim(paper.Doi)));
            }

            fields.Add(("url", BibTexText.Verbatim(ArxivId.AbsUrl(paper.Arxiv))));
        }
        else if (paper.Doi is not null)
        {
            type = "article";
            if (paper.Venue is not null)
            {
                fields.Add(("journal", BibTexText.Escape(paper.Venue)));
            }

            fields.Add(("year", Year(paper)));
            fields.Add(("doi", BibTexText.Verbatim(paper.Doi)));
            fields.Add(("url", BibTexText.Verbatim(DoiLink.Url(paper.Doi))));
        }
        else
        {
            type = "misc";
            fields.Add(("year", Year(paper)));
            fields.Add(("url", BibTexText.Verbatim(site.AbsoluteUrl(paper.Path))));
        }

        var bib = new StringBuilder();
        bib.Append('@').Append(type).Append('{').Append(BibTexKey.For(paper)).Append(",\n");
        foreach (var (name, value) in fields)
        {
            bib.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
        }

        return bib.Append("}\n").ToString();
    }

    private static string Year(Paper paper) => CitationDates.Year(paper).ToString(CultureInfo.InvariantCulture);
}
