using System.Globalization;
using System.Text;
using PaperDigest.Content;

namespace PaperDigest.Citations;

/// <summary>
/// A paper's BibTeX entry (<c>cite.bib</c>), in arXiv's style: an arXiv paper is <c>@misc</c> with
/// eprint/archivePrefix (and its DOI when it has one), a paper known only by DOI is <c>@article</c>,
/// and a paper with neither is <c>@misc</c> pointing at its digest page. A venue given as a mapping decides the
/// type instead (<c>@article</c>, <c>@inproceedings</c>, <c>@incollection</c>, <c>@phdthesis</c>) and gives its
/// journal or book title, volume, number, pages, publisher and year; the eprint and DOI fields stay.
/// An incomplete author list ends in <c>and others</c>.
/// </summary>
internal static class BibTexWriter
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
        if (paper.Venue is { IsNameOnly: false } venue)
        {
            type = Structured(venue, paper, fields);
            if (paper.Arxiv is not null)
            {
                Eprint(paper.Arxiv, fields);
            }

            if (paper.Doi is not null)
            {
                fields.Add(("doi", BibTexText.Verbatim(paper.Doi)));
            }

            fields.Add(("url", BibTexText.Verbatim(paper.Arxiv is not null ? ArxivId.AbsUrl(paper.Arxiv)
                : venue.Url?.AbsoluteUri ?? (paper.Doi is not null ? DoiLink.Url(paper.Doi) : site.AbsoluteUrl(paper.Path)))));
        }
        else if (paper.Arxiv is not null)
        {
            type = "misc";
            fields.Add(("year", Year(paper)));
            Eprint(paper.Arxiv, fields);
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
                fields.Add(("journal", BibTexText.Escape(paper.Venue.Name)));
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

    /// <summary>The type and venue fields of a venue given as a mapping; the year is the venue's, else the paper's.</summary>
    private static string Structured(Venue venue, Paper paper, List<(string Name, string Value)> fields)
    {
        var (type, field) = venue.Kind switch
        {
            VenueKind.Conference or VenueKind.Workshop => ("inproceedings", "booktitle"),
            VenueKind.Book => ("incollection", "booktitle"),
            VenueKind.Thesis => ("phdthesis", "school"),
            VenueKind.Preprint => ("misc", "howpublished"),
            _ => ("article", "journal"),
        };
        fields.Add((field, BibTexText.Escape(venue.Name)));
        Optional(fields, "volume", venue.Volume);
        Optional(fields, "number", venue.Issue);
        if (venue.Pages is not null)
        {
            fields.Add(("pages", BibTexText.Pages(venue.Pages)));
        }

        Optional(fields, "publisher", venue.Publisher);
        fields.Add(("year", Year(paper)));
        return type;
    }

    private static void Optional(List<(string Name, string Value)> fields, string name, string? value)
    {
        if (value is not null)
        {
            fields.Add((name, BibTexText.Escape(value)));
        }
    }

    private static void Eprint(string arxiv, List<(string Name, string Value)> fields)
    {
        fields.Add(("eprint", ArxivId.Bare(arxiv)));
        fields.Add(("archivePrefix", "arXiv"));
        if (ArxivId.PrimaryClass(arxiv) is { } primaryClass)
        {
            fields.Add(("primaryClass", primaryClass));
        }
    }

    private static string Year(Paper paper) => CitationDates.Year(paper).ToString(CultureInfo.InvariantCulture);
}
