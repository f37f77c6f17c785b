using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Parsing;

namespace PaperDigest.Scaffolding;

/// <summary>
/// Turns BibTeX entries into <see cref="ImportedPaper"/>s: title and authors from TeX to Unicode; the arXiv id
/// from <c>eprint</c> (with <c>archivePrefix</c> or <c>eprinttype</c> arXiv), a journal such as
/// <c>arXiv preprint arXiv:2309.05153</c>, an arxiv.org URL or arXiv's DOI; the DOI; the publication day when
/// the whole date is known; the venue (a mapping) from the journal or proceedings, volume, number, pages, year and
/// publisher; a repository URL as code link.
/// </summary>
internal static partial class BibTexImport
{
    public const int MaxVenueLength = 300;

    private static readonly string[] CodeFields = ["code", "url", "howpublished", "note"];

    private static readonly string[] MentionFields = ["journal", "journaltitle", "note", "howpublished", "volume"];

    private static readonly string[] UrlFields = ["url", "eprint", "howpublished", "note", "pdf"];

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})")]
    private static partial Regex IsoDate();

    public static ImportReadResult Read(string text, string path)
    {
        var read = BibTexReader.Read(text, path);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        diagnostics.AddRange(read.Diagnostics);
        var papers = ImmutableArray.CreateBuilder<ImportedPaper>();
        foreach (var record in read.Records)
        {
            var paper = Convert(record, diagnostics);
            if (paper is not null)
            {
                papers.Add(BibTexKeywords.AddTo(paper, record));
            }
        }

        if (read.Records.IsEmpty && read.Diagnostics.IsEmpty)
        {
            diagnostics.Add(Diagnostic.Error(SourceLocation.StartOf(SourcePath.Given(path)), ScaffoldingCodes.ImportFileUnusable,
                "no BibTeX entries found; an entry looks like @article{key, title = {...}, author = {...}}"));
        }

        return new ImportReadResult(papers.ToImmutable(), [.. DiagnosticOrder.Sort(diagnostics)]);
    }

    /// <summary>One entry as a paper, or null (with an error) when it has no title.</summary>
    public static ImportedPaper? Convert(BibTexRecord record, ICollection<Diagnostic> diagnostics)
    {
        var name = $"@{FieldReader.Shorten(record.Type)}{{{FieldReader.Shorten(record.Key)}}}";
        var title = record["title"] is { } rawTitle ? TexToUnicode.Convert(rawTitle) : "";
        if (title.Length == 0)
        {
            diagnostics.Add(Diagnostic.Error(record.Location, ScaffoldingCodes.MissingTitle, $"{name} has no title; it was not imported"));
            return null;
        }

        var authors = record["author"] is { } author ? BibTexNames.Split(author) : AuthorList.None;
        var doi = Doi(record, name, diagnostics);
        var arxiv = Arxiv(record, name, doi, diagnostics);
        var url = record["url"] is { } rawUrl ? Plain(rawUrl) : null;
        var code = CodeFields
            .Select(f => record[f] is { } value ? PaperLinksText.CodeUrl(Plain(value)) : null)
            .FirstOrDefault(u => u is not null);
        var pdf = Pdf(record, url, arxiv);

        return new ImportedPaper(record.Location, record.Key, title, authors, arxiv, doi, Published(record), Venue(record, name, diagnostics), code, pdf);
    }

    private static string? Doi(BibTexRecord record, string name, ICollection<Diagnostic> diagnostics)
    {
        if (record.Field("doi") is { } field)
        {
            var doi = Identifiers.NormaliseDoi(Plain(field.Value));
            if (doi is null)
            {
                diagnostics.Add(Diagnostic.Warning(field.Location, ScaffoldingCodes.FieldLeftOut,
                    $"'{FieldReader.Shorten(field.Value)}' in {name} is not a DOI; a DOI looks like 10.1103/PhysRevE.108.014309. It was left out"));
            }

            return doi;
        }

        return record["url"] is { } url && Plain(url) is var plain && plain.Contains("doi.org/", StringComparison.OrdinalIgnoreCase)
            ? Identifiers.NormaliseDoi(plain)
            : null;
    }

    private static string? Arxiv(BibTexRecord record, string name, string? doi, ICollection<Diagnostic> diagnostics)
    {
        var prefix = record["archiveprefix"] ?? record["eprinttype"];
        var isArxiv = prefix is not null && Plain(prefix).Equals("arxiv", StringComparison.OrdinalIgnoreCase);
        if (record.Field("eprint") is { } eprint && (prefix is null || isArxiv))
        {
            var id = PaperLinksText.ArxivId(Plain(eprint.Value)) ?? PaperLinksText.ArxivFromUrl(Plain(eprint.Value));
            if (id is not null)
            {
                return id;
            }

            if (isArxiv)
            {
                diagnostics.Add(Diagnostic.Warning(eprint.Location, ScaffoldingCodes.FieldLeftOut,
                    $"'{FieldReader.Shorten(eprint.Value)}' in {name} is not an arXiv id; write it as 2309.05153 (optionally with a version, 2309.05153v2) or hep-th/9901001. It was left out"));
            }
        }

        foreach (var field in MentionFields)
        {
            if (record[field] is { } value && PaperLinksText.ArxivFromMention(Plain(value)) is { } mentioned)
            {
                return mentioned;
            }
        }

        foreach (var field in UrlFields)
        {
            if (record[field] is { } value && PaperLinksText.ArxivFromUrl(Plain(value)) is { } linked)
            {
                return linked;
            }
        }

        return doi is null ? null : PaperLinksText.ArxivFromDoi(doi);
    }

    /// <summary>The publication day, only when the whole date is given (<c>date = {2023-09-10}</c>, or year, month and day).</summary>
    private static DateOnly? Published(BibTexRecord record)
    {
        if (record["date"] is { } date && IsoDate().Match(Plain(date)) is { Success: true } iso)
        {
            return Day(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value);
        }

        return record["year"] is { } year && record["month"] is { } month && record["day"] is { } day
            && BibTexReader.Month(Plain(month)) is { } monthNumber
            ? Day(Plain(year), monthNumber.ToString(CultureInfo.InvariantCulture), Plain(day))
            : null;
    }

    private static DateOnly? Day(string year, string month, string day) =>
        int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
        && y is >= 1000 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    /// <summary>
    /// The venue as a mapping: <c>journal</c> (or <c>journaltitle</c>) as the name of a journal, else
    /// <c>booktitle</c> as the name of a conference (a workshop when it says so; a book for <c>@incollection</c>
    /// and <c>@inbook</c>), else a thesis's <c>school</c>; with <c>volume</c>, <c>number</c> (the issue),
    /// <c>pages</c> (TeX's <c>--</c> read as an en dash), <c>year</c> and <c>publisher</c>. None for preprint
    /// servers (arXiv, CoRR), which are not where a paper was published. A detail too long is left out with a warning.
    /// </summary>
    private static Venue? Venue(BibTexRecord record, string name, ICollection<Diagnostic> diagnostics)
    {
        var journal = record.Field("journal") ?? record.Field("journaltitle");
        var booktitle = record.Field("booktitle");
        var school = record.Type.ToLowerInvariant() is "phdthesis" or "mastersthesis" ? record.Field("school") ?? record.Field("institution") : null;
        var (field, kind) = journal is not null ? (journal, VenueKind.Journal)
            : booktitle is not null ? (booktitle, BookKind(record.Type, TexToUnicode.Convert(booktitle.Value)))
            : school is not null ? (school, VenueKind.Thesis)
            : (null, VenueKind.Journal);
        if (field is null)
        {
            return null;
        }

        var title = TexToUnicode.Convert(field.Value);
        if (title.Length == 0 || (kind == VenueKind.Journal && IsPreprintServer(title)))
        {
            return null;
        }

        if (title.Length > MaxVenueLength)
        {
            diagnostics.Add(Diagnostic.Warning(field.Location, ScaffoldingCodes.FieldLeftOut,
                $"the venue of {name} is {title.Length} characters long; at most {MaxVenueLength} are allowed. It was left out"));
            return null;
        }

        var rawYear = record["year"] is { } y ? Plain(y) : IsoDate().Match(Plain(record["date"] ?? "")) is { Success: true } m ? m.Groups["y"].Value : "";
        int? year = int.TryParse(rawYear, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1000 and <= 2999 ? number : null;
        return new Venue(
            title,
            kind,
            Detail(record, "volume", name, diagnostics),
            Detail(record, "number", name, diagnostics) ?? Detail(record, "issue", name, diagnostics),
            Detail(record, "pages", name, diagnostics),
            year,
            Detail(record, "publisher", name, diagnostics, MaxVenueLength));
    }

    private static VenueKind BookKind(string type, string booktitle) =>
        type.ToLowerInvariant() is "incollection" or "inbook" ? VenueKind.Book
        : booktitle.Contains("workshop", StringComparison.OrdinalIgnoreCase) ? VenueKind.Workshop
        : VenueKind.Conference;

    /// <summary>A venue detail as text (TeX read), or null when absent, empty or longer than <paramref name="max"/> (with a warning).</summary>
    private static string? Detail(BibTexRecord record, string key, string name, ICollection<Diagnostic> diagnostics, int max = 40)
    {
        if (record.Field(key) is not { } field)
        {
            return null;
        }

        var text = TexToUnicode.Convert(field.Value);
        if (text.Length > max)
        {
            diagnostics.Add(Diagnostic.Warning(field.Location, ScaffoldingCodes.FieldLeftOut,
                $"'{key}' of {name} is {text.Length} characters long; at most {max} are allowed. It was left out"));
            return null;
        }

        return text.Length > 0 ? text : null;
    }

    private static bool IsPreprintServer(string journal) =>
        journal.Contains("arxiv", StringComparison.OrdinalIgnoreCase)
        || journal.Contains("preprint", StringComparison.OrdinalIgnoreCase)
        || journal.Equals("CoRR", StringComparison.OrdinalIgnoreCase);

    private static Uri? Pdf(BibTexRecord record, string? url, string? arxiv)
    {
        // arXiv's PDF link is derived from the id; only another PDF is worth a link of its own.
        if (arxiv is not null)
        {
            return null;
        }

        if (record["pdf"] is { } pdf && PaperLinksText.HttpUrl(Plain(pdf)) is { } pdfUrl)
        {
            return pdfUrl;
        }

        return url is not null && url.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? PaperLinksText.HttpUrl(url) : null;
    }

    /// <summary>An identifier or URL field without TeX: braces and <c>\url{}</c> dropped, <c>\_</c> and friends unescaped.</summary>
    private static string Plain(string value)
    {
        var text = value.Replace("\\url", "", StringComparison.Ordinal);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '{' or '}')
            {
                continue;
            }

            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '_' or '%' or '#' or '&' or '~' or '$')
            {
                builder.Append(text[++i]);
                continue;
            }

            builder.Append(c);
        }

        return SingleLineText.Clean(builder.ToString());
    }
}
