using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using PaperDigest.Content;
using PaperDigest.Parsing;

namespace PaperDigest.Scaffolding;

/// <summary>
/// Reads the values of <c>new</c> and <c>import</c> options, with the validator's own wording for a bad tag,
/// date, arXiv id, DOI or link, so an editor meets one message for one mistake wherever it is made.
/// </summary>
internal static partial class OptionValues
{
    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}\z")]
    private static partial Regex DateShape();

    /// <summary>Tags from <c>a,b</c> (spaces allowed), each checked against the registry; a tag given twice counts once.</summary>
    public static (ImmutableArray<string> Tags, ImmutableArray<string> Problems) Tags(string text, TagRegistry registry)
    {
        var tags = ImmutableArray.CreateBuilder<string>();
        var problems = ImmutableArray.CreateBuilder<string>();
        foreach (var tag in text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!registry.Contains(tag))
            {
                problems.Add($"unknown tag '{tag}'{TagHint(tag, registry)}; tags must be listed in tags.yml");
            }
            else if (!tags.Contains(tag))
            {
                tags.Add(tag);
            }
        }

        return (tags.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>" (did you mean 'x'?)" for an unknown tag, as the build says it.</summary>
    public static string TagHint(string tag, TagRegistry registry) => Suggestions.Hint(tag, registry.Slugs);

    /// <summary>The available tags, for a message: <c>active-matter, astrophysics, ...</c>.</summary>
    public static string TagList(TagRegistry registry) => string.Join(", ", registry.Slugs.Order(StringComparer.Ordinal));

    /// <summary>A date written YYYY-MM-DD.</summary>
    public static (DateOnly? Date, string? Problem) Date(string text, string option)
    {
        var trimmed = text.Trim();
        if (!DateShape().IsMatch(trimmed))
        {
            return (null, $"{option} must be a date written YYYY-MM-DD, not '{FieldReader.Shorten(trimmed)}'");
        }

        return DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year >= 1000
            ? (date, null)
            : (null, $"{option} is {trimmed}, which is not a day of the calendar");
    }

    /// <summary>An arXiv id as typed (<c>2309.05153</c>, <c>arXiv:2309.05153v2</c>, an arxiv.org link); the version is kept.</summary>
    public static (string? Arxiv, string? Problem) Arxiv(string text)
    {
        var id = text.Trim();
        if (id.StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase))
        {
            id = id[6..].Trim();
        }

        if (Identifiers.IsArxivId(id))
        {
            return (id, null);
        }

        return PaperLinksText.ArxivFromUrl(id) is { } fromUrl
            ? (fromUrl, null)
            : (null, $"'{FieldReader.Shorten(text.Trim())}' is not an arXiv id; write it as 2309.05153 (optionally with a version, 2309.05153v2) or hep-th/9901001");
    }

    public static (string? Doi, string? Problem) Doi(string text) =>
        Identifiers.NormaliseDoi(text) is { } doi
            ? (doi, null)
            : (null, $"'{FieldReader.Shorten(text.Trim())}' is not a DOI; a DOI looks like 10.1103/PhysRevE.108.014309");

    public static (Uri? Url, string? Problem) Link(string text, string key) =>
        PaperLinksText.HttpUrl(text) is { } url
            ? (url, null)
            : (null, $"link '{key}' must be an absolute http:// or https:// URL, not '{FieldReader.Shorten(text.Trim())}'");

    /// <summary>
    /// The entry <c>new</c> writes, or the problems that stop it. Tags must have been given (a missing
    /// <c>--tags</c> is a usage error the command reports before this).
    /// </summary>
    public static (NewEntry? Entry, ImmutableArray<string> Problems) Entry(EntryOptions options, TagRegistry registry, DateOnly today)
    {
        var problems = ImmutableArray.CreateBuilder<string>();
        var title = SingleLineText.Clean(options.Title);
        if (title.Length == 0)
        {
            problems.Add("'title' is empty; give the paper's title with --title");
        }

        // Every author in the given order: two co-authors may share a name. A last "others" says the list is incomplete.
        var names = (options.Authors ?? "").Split(';').Select(SingleLineText.Clean).Where(a => a.Length > 0).ToList();
        var incomplete = names.Count > 1 && names[^1] == AuthorList.OthersMarker;
        var authors = AuthorList.Of(incomplete ? names[..^1] : names, incomplete);
        foreach (var spelling in authors.Names.Where(Parsing.AuthorParser.IsMarkerSpelling))
        {
            // The entry would write it as a real author's name; the parser refuses it written plainly, so refuse it here too.
            problems.Add($"'{spelling}' in --authors is not an author's name; end the list with '; others' when it is incomplete");
        }

        var (tags, tagProblems) = Tags(options.Tags ?? "", registry);
        problems.AddRange(tagProblems);
        var date = Optional(options.Date, t => Date(t, "--date"), problems) ?? today;
        var arxiv = Optional(options.Arxiv, Arxiv, problems);
        var doi = Optional(options.Doi, Doi, problems);
        var published = Optional(options.Published, t => Date(t, "--published"), problems);
        var venue = options.Venue is null ? null : SingleLineText.Clean(options.Venue) is { Length: > 0 } v ? new Venue(v) : null;
        var code = Optional(options.Code, t => Link(t, "code"), problems);
        var pdf = Optional(options.Pdf, t => Link(t, "pdf"), problems);

        return problems.Count > 0
            ? (null, problems.ToImmutable())
            : (new NewEntry(title, authors, date, tags, arxiv, doi, published, venue, null, code, pdf), []);
    }

    private static T? Optional<T>(string? text, Func<string, (T? Value, string? Problem)> parse, ImmutableArray<string>.Builder problems)
    {
        if (text is null)
        {
            return default;
        }

        var (value, problem) = parse(text);
        if (problem is not null)
        {
            problems.Add(problem);
        }

        return value;
    }
}
