using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;

namespace PaperDigest.Tests.Citations;

/// <summary>
/// Reads a page's Highwire (<c>citation_*</c>) meta tags the way Zotero's "Embedded Metadata" translator does when a
/// reader saves the page with the Zotero Connector: the same tag-to-field mapping, the same choice of item type (the
/// tag that names the container decides it; a page with only <c>citation_title</c> is guessed to be a journal
/// article, unless Dublin Core's type names one), the same splitting of authors and joining of pages. Written from the
/// translator's source; of its RDF reading only the Dublin Core type is kept, as Highwire tags take precedence there.
/// </summary>
internal static partial class ZoteroEmbeddedMetadata
{
    private static readonly Dictionary<string, string> Mapping = new(StringComparer.Ordinal)
    {
        ["citation_title"] = "title",
        ["citation_publication_date"] = "date",
        ["citation_cover_date"] = "date",
        ["citation_date"] = "date",
        ["citation_journal_title"] = "publicationTitle",
        ["citation_journal_abbrev"] = "journalAbbreviation",
        ["citation_inbook_title"] = "publicationTitle",
        ["citation_book_title"] = "bookTitle",
        ["citation_volume"] = "volume",
        ["citation_issue"] = "issue",
        ["citation_series_title"] = "series",
        ["citation_conference_title"] = "conferenceName",
        ["citation_conference"] = "conferenceName",
        ["citation_dissertation_institution"] = "university",
        ["citation_technical_report_institution"] = "institution",
        ["citation_technical_report_number"] = "number",
        ["citation_publisher"] = "publisher",
        ["citation_isbn"] = "ISBN",
        ["citation_abstract"] = "abstractNote",
        ["citation_doi"] = "DOI",
        ["citation_public_url"] = "url",
        ["citation_language"] = "language",
    };

    /// <summary>Zotero 7's item types that a scholarly page could name.</summary>
    private static readonly HashSet<string> ItemTypes =
        ["journalArticle", "conferencePaper", "preprint", "report", "thesis", "book", "bookSection", "manuscript", "webpage", "dataset"];

    public static ZoteroItem Read(IHtmlDocument page)
    {
        var tags = page.QuerySelectorAll("meta")
            .Select(m => (Name: m.GetAttribute("name") ?? m.GetAttribute("property"), Content: m.GetAttribute("content")))
            .Where(t => !string.IsNullOrEmpty(t.Name) && !string.IsNullOrEmpty(t.Content))
            .Select(t => (t.Name!, t.Content!))
            .ToList();
        string? First(string name) => tags.Where(t => t.Item1 == name).Select(t => t.Item2).FirstOrDefault();

        string? type = null, guess = null;
        foreach (var (name, _) in tags)
        {
            switch (name)
            {
                case "citation_journal_title": type = "journalArticle"; break;
                case "citation_technical_report_institution": type = "report"; break;
                case "citation_conference_title" or "citation_conference": type = "conferencePaper"; break;
                case "citation_book_title" or "citation_inbook_title": type = "bookSection"; break;
                case "citation_dissertation_institution": type = "thesis"; break;
                case "citation_title" or "citation_series_title": guess ??= "journalArticle"; break;
                case "citation_isbn": guess = "book"; break;
            }
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, content) in tags)
        {
            // The translator keeps the first value a field gets.
            if (Mapping.TryGetValue(name, out var field))
            {
                fields.TryAdd(field, content.Trim());
            }
        }

        var firstPage = First("citation_firstpage");
        var lastPage = First("citation_lastpage")?.Replace('\u2013', '-');
        if (lastPage is not null && lastPage.Contains('-', StringComparison.Ordinal))
        {
            firstPage ??= Dash().Split(lastPage)[0];
            lastPage = Dash().Split(lastPage)[1];
        }

        if (firstPage?.Trim() is { Length: > 0 } first)
        {
            fields["pages"] = first + (lastPage?.Trim() is { Length: > 0 } last ? "-" + last : "");
        }

        if (!fields.ContainsKey("url") && (First("citation_abstract_html_url") ?? First("citation_fulltext_html_url")) is { } url)
        {
            fields["url"] = url;
        }

        var keywords = tags.Where(t => t.Item1 == "citation_keywords").SelectMany(t => t.Item2.Split(';')).Select(k => k.Trim()).Where(k => k.Length > 0).ToList();
        if (keywords.Count > 0)
        {
            fields["tags"] = string.Join("; ", keywords);
        }

        // Without a type from Highwire, the RDF reading of the Dublin Core tags decides when it names a Zotero item type.
        var dcType = First("dcterms.type") ?? First("DC.type") ?? First("dc.type");
        type ??= dcType is not null && ItemTypes.Contains(dcType) ? dcType : null;

        return new ZoteroItem(type ?? guess ?? "webpage", Creators([.. tags.Where(t => t.Item1 == "citation_author").Select(t => t.Item2)]), fields, First("citation_pdf_url"));
    }

    /// <summary>
    /// One creator per tag, each split at a semicolon; a page with a single author tag holding "A B, C D" is read as
    /// two people, as Zotero does. A name with a comma is "last, first", else its last word is the last name.
    /// </summary>
    private static List<(string Last, string First)> Creators(IReadOnlyList<string> nodes)
    {
        var creators = new List<(string, string)>();
        foreach (var node in nodes)
        {
            var names = Semicolon().Split(node).ToList();
            if (names.Count == 1 && nodes.Count == 1)
            {
                var byComma = Comma().Split(names[0]);
                if (byComma.Length > 1 && byComma[0].Contains(' ', StringComparison.Ordinal) && byComma[1].Contains(' ', StringComparison.Ordinal))
                {
                    names = [.. byComma];
                }
            }

            foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0))
            {
                var comma = name.IndexOf(',', StringComparison.Ordinal);
                if (comma >= 0)
                {
                    creators.Add((name[..comma].Trim(), name[(comma + 1)..].Trim()));
                }
                else
                {
                    var space = name.LastIndexOf(' ');
                    creators.Add(space < 0 ? (name, "") : (name[(space + 1)..], name[..space]));
                }
            }
        }

        return creators;
    }

    [GeneratedRegex(@"\s*-\s*")]
    private static partial Regex Dash();

    [GeneratedRegex(@"\s*;\s*")]
    private static partial Regex Semicolon();

    [GeneratedRegex(@"\s*,\s*")]
    private static partial Regex Comma();
}
