using System.Text;
using PaperDigest.Content;

namespace PaperDigest.Citations;

/// <summary>
/// A paper's BibTeX entry (<c>cite.bib</c>), from its <see cref="Citation"/>: <c>@article</c> with
/// <c>journal</c>/<c>volume</c>/<c>number</c>/<c>pages</c>, <c>@inproceedings</c> or <c>@incollection</c> with
/// <c>booktitle</c>, <c>@phdthesis</c> with <c>school</c>, and <c>@misc</c> for a preprint (arXiv's style:
/// <c>eprint</c>/<c>archivePrefix</c>/<c>primaryClass</c>) or a paper whose kind is unknown (its venue as
/// <c>howpublished</c>). An arXiv paper keeps its eprint fields whatever its type. The year and month are given only
/// when known. An incomplete author list ends in <c>and others</c>. BibTeX has no field for an ORCID iD.
/// </summary>
internal static class BibTexWriter
{
    public static string Write(Paper paper, SiteConfig site) => Write(Citation.For(paper, site));

    public static string Write(Citation citation)
    {
        var fields = new List<(string Name, string Value, bool Braced)>();
        Add(fields, "title", BibTexText.Title(citation.Title));
        Add(fields, "author", BibTexText.Authors(citation.Authors));

        var (type, venueField) = citation.Kind switch
        {
            CitationKind.Article => ("article", "journal"),
            CitationKind.ProceedingsPaper => ("inproceedings", "booktitle"),
            CitationKind.Chapter => ("incollection", "booktitle"),
            CitationKind.Thesis => ("phdthesis", "school"),
            _ => ("misc", "howpublished"),
        };
        // arXiv is named by archivePrefix already.
        if (citation.Kind is not CitationKind.Preprint || citation.Arxiv is null || !IsArxiv(citation.Venue))
        {
            Add(fields, venueField, Escaped(citation.Venue));
        }

        if (citation.IsPublished)
        {
            Add(fields, "volume", Escaped(citation.Volume));
            Add(fields, "number", Escaped(citation.Issue));
            Add(fields, "pages", citation.Pages is null ? null : BibTexText.Pages(citation.Pages));
            // biblatex's data model has no publisher for an article: the journal names it.
            if (citation.Kind is CitationKind.ProceedingsPaper or CitationKind.Chapter)
            {
                Add(fields, "publisher", Escaped(citation.Publisher));
            }
        }

        if (citation.Issued is { } issued)
        {
            Add(fields, "year", issued.YearText);
            // A month macro (sep), unbraced, which every style turns into the month's name.
            if (issued.MonthMacro is { } month)
            {
                fields.Add(("month", month, false));
            }
        }

        if (citation.Arxiv is not null)
        {
            Add(fields, "eprint", citation.Arxiv);
            Add(fields, "archivePrefix", "arXiv");
            Add(fields, "primaryClass", citation.ArxivClass);
        }

        Add(fields, "doi", citation.Doi is null ? null : BibTexText.Verbatim(citation.Doi));
        Add(fields, "url", BibTexText.Verbatim(citation.Link));

        var bib = new StringBuilder();
        bib.Append('@').Append(type).Append('{').Append(BibTexKey.For(citation)).Append(",\n");
        foreach (var (name, value, braced) in fields)
        {
            bib.Append("  ").Append(name).Append(" = ").Append(braced ? "{" + value + "}" : value).Append(",\n");
        }

        return bib.Append("}\n").ToString();
    }

    private static bool IsArxiv(string? venue) => venue is null || venue.Equals("arXiv", StringComparison.OrdinalIgnoreCase);

    private static string? Escaped(string? value) => value is null ? null : BibTexText.Escape(value);

    private static void Add(List<(string Name, string Value, bool Braced)> fields, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            fields.Add((name, value, true));
        }
    }
}
