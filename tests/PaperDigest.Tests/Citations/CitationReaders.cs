using System.Text.Json;
using PaperDigest.Citations;

namespace PaperDigest.Tests.Citations;

/// <summary>
/// Reads each citation format's output back into a <see cref="StatedCitation"/>, the way a reference manager would:
/// from the text of the output, never from the record it was written from.
/// </summary>
internal static class CitationReaders
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static StatedCitation BibTex(string bib)
    {
        var entry = BibTexEntry.ParseSingle(bib);
        string? Field(string name) => entry.Has(name) ? BibTexEntry.Unescape(entry[name]) : null;
        var authors = entry.Has("author")
            ? BibTexEntry.Names(entry["author"]).Where(n => n != "others").Select(BibTexEntry.Unescape).ToList()
            : [];
        var date = Field("year");
        if (date is not null && entry.Has("month"))
        {
            date += "-" + (Array.IndexOf(Months, entry["month"]) + 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        }

        return new StatedCitation(
            "BibTeX",
            Field("title") is { } title ? title[1..^1] : null,
            authors,
            Field("journal") ?? Field("booktitle") ?? Field("school") ?? Field("howpublished"),
            Field("volume"),
            Field("pages")?.Replace("--", "-", StringComparison.Ordinal),
            date);
    }

    public static StatedCitation Ris(string ris)
    {
        var fields = ris.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => (Tag: line[..2], Value: line[6..])).ToList();
        string? One(string tag) => fields.Where(f => f.Tag == tag).Select(f => f.Value).SingleOrDefault();
        return new StatedCitation(
            "RIS",
            One("TI"),
            [.. fields.Where(f => f.Tag == "AU").Select(f => f.Value)],
            One("T2") ?? (One("TY") == "THES" ? One("PB") : null),
            One("VL"),
            Range(One("SP"), One("EP")),
            One("DA")?.Replace('/', '-') ?? One("PY"));
    }

    public static StatedCitation Highwire(IReadOnlyList<MetaTag> tags)
    {
        string? One(string name) => tags.Where(t => t.Name == name).Select(t => t.Content).SingleOrDefault();
        return new StatedCitation(
            "Highwire",
            One("citation_title"),
            [.. tags.Where(t => t.Name == "citation_author").Select(t => t.Content)],
            One("citation_journal_title") ?? One("citation_conference_title") ?? One("citation_inbook_title") ?? One("citation_dissertation_institution"),
            One("citation_volume"),
            Range(One("citation_firstpage"), One("citation_lastpage")),
            One("citation_publication_date")?.Replace('/', '-'));
    }

    public static StatedCitation OpenGraph(IReadOnlyList<MetaTag> tags)
    {
        string? One(string name) => tags.Where(t => t.Name == name).Select(t => t.Content).SingleOrDefault();
        return new StatedCitation("OpenGraph", One("og:title"), null, StatedCitation.NotStated, StatedCitation.NotStated, StatedCitation.NotStated, One("article:published_time"));
    }

    public static StatedCitation JsonLd(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        string? Text(JsonElement element, string name) => element.TryGetProperty(name, out var value) ? value.GetString() : null;
        var authors = root.TryGetProperty("author", out var list)
            ? list.EnumerateArray().Select(a => Text(a, "givenName") is { } given ? $"{Text(a, "familyName")}, {given}" : Text(a, "familyName")!).ToList()
            : [];
        string? venue = null, volume = null;
        if (root.TryGetProperty("isPartOf", out var part))
        {
            // Down the chain issue → volume → periodical; the innermost names the venue.
            while (true)
            {
                volume ??= Text(part, "volumeNumber");
                if (!part.TryGetProperty("isPartOf", out var outer))
                {
                    venue = Text(part, "name");
                    break;
                }

                part = outer;
            }
        }

        if (venue is null && root.TryGetProperty("sourceOrganization", out var university))
        {
            venue = Text(university, "name");
        }

        return new StatedCitation("JSON-LD", Text(root, "name"), authors, venue, volume, Range(Text(root, "pageStart"), Text(root, "pageEnd")), Text(root, "datePublished"));
    }

    public static StatedCitation Coins(string kev)
    {
        var pairs = kev.Split('&').Select(pair => pair.Split('=', 2)).Select(p => (Key: Uri.UnescapeDataString(p[0]), Value: Uri.UnescapeDataString(p[1]))).ToList();
        string? One(string key) => pairs.Where(p => p.Key == key).Select(p => p.Value).SingleOrDefault();
        return new StatedCitation(
            "COinS",
            One("rft.atitle") ?? One("rft.title"),
            [.. pairs.Where(p => p.Key == "rft.au").Select(p => p.Value)],
            One("rft.jtitle") ?? One("rft.btitle") ?? One("rft.inst"),
            One("rft.volume"),
            Range(One("rft.spage"), One("rft.epage")),
            One("rft.date"));
    }

    private static string? Range(string? first, string? last) => first is null ? null : last is null ? first : first + "-" + last;
}
