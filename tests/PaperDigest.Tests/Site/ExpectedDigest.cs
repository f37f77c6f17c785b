using System.Globalization;
using YamlDotNet.Serialization;

namespace PaperDigest.Tests.Site;

/// <summary>
/// What a digest folder says, read with YamlDotNet's plain deserializer rather than PaperDigest's own reader,
/// so the site tests compare the output against the inputs and not against the code that produced it.
/// </summary>
internal sealed class ExpectedDigest
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    private ExpectedDigest(
        Dictionary<string, object?> site,
        IReadOnlyList<ExpectedTag> tags,
        IReadOnlyList<ExpectedPaper> papers,
        IReadOnlyList<ExpectedPage> pages)
    {
        Title = (string)site["title"]!;
        Description = site.TryGetValue("description", out var description) ? (string?)description ?? "" : "";
        BaseUrl = ((string)site["base_url"]!).TrimEnd('/');
        Language = site.TryGetValue("language", out var language) ? (string?)language ?? "en" : "en";
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(site.TryGetValue("timezone", out var zone) ? (string?)zone ?? "UTC" : "UTC");
        PageSize = site.TryGetValue("page_size", out var pageSize) ? int.Parse((string)pageSize!, CultureInfo.InvariantCulture) : 10;
        FeedItems = site.TryGetValue("feed_items", out var feedItems) ? int.Parse((string)feedItems!, CultureInfo.InvariantCulture) : 20;
        Tags = tags;
        Papers = papers;
        Pages = pages;
    }

    public string Title { get; }

    public string Description { get; }

    /// <summary>site.yml's base_url without a trailing '/'; the sample's has no path.</summary>
    public string BaseUrl { get; }

    public string Language { get; }

    public TimeZoneInfo TimeZone { get; }

    public int PageSize { get; }

    public int FeedItems { get; }

    public IReadOnlyList<ExpectedTag> Tags { get; }

    /// <summary>Every non-draft entry, in file order.</summary>
    public IReadOnlyList<ExpectedPaper> Papers { get; }

    public IReadOnlyList<ExpectedPage> Pages { get; }

    public string Absolute(string sitePath) => BaseUrl + sitePath;

    public ExpectedTag Tag(string slug) => Tags.Single(t => t.Slug == slug);

    public IReadOnlyList<ExpectedPaper> PapersTagged(string slug) => [.. Papers.Where(p => p.Tags.Contains(slug))];

    public static ExpectedDigest Read(string inputRoot)
    {
        var site = Yaml.Deserialize<Dictionary<string, object?>>(File.ReadAllText(Path.Combine(inputRoot, "site.yml")));
        // A tag's values are texts, but for its list of arXiv categories, which the site does not show.
        var tagMap = Yaml.Deserialize<Dictionary<string, Dictionary<string, object?>>>(File.ReadAllText(Path.Combine(inputRoot, "tags.yml")));
        var tags = tagMap.Select(t => new ExpectedTag(t.Key, (string)t.Value["name"]!, t.Value.GetValueOrDefault("description") as string ?? "")).ToList();

        var papers = new List<ExpectedPaper>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(inputRoot, "papers"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var (front, body) = Split(File.ReadAllText(file));
            if (Text(front, "draft") == "true")
            {
                continue;
            }

            var arxiv = Text(front, "arxiv");
            var links = front.TryGetValue("links", out var l) && l is Dictionary<object, object> map
                ? map.ToDictionary(e => (string)e.Key, e => (string)e.Value, StringComparer.Ordinal)
                : [];
            var title = Text(front, "title")!;
            var slug = Text(front, "slug")
                ?? (arxiv is null ? null : System.Text.RegularExpressions.Regex.Replace(arxiv, "v[0-9]+$", "").Replace('/', '-'))
                ?? throw new InvalidOperationException($"{file}: the test oracle only knows slugs from 'slug' or 'arxiv'");
            papers.Add(new ExpectedPaper(
                Path.GetRelativePath(inputRoot, file).Replace('\\', '/'),
                slug,
                title,
                List(front, "authors"),
                DateOnly.ParseExact(Text(front, "date")!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                List(front, "tags"),
                arxiv,
                Text(front, "doi"),
                VenueName(front),
                Text(front, "tldr"),
                links.GetValueOrDefault("pdf"),
                links.GetValueOrDefault("code"),
                body));
        }

        var pages = new List<ExpectedPage>();
        var pagesFolder = Path.Combine(inputRoot, "pages");
        if (Directory.Exists(pagesFolder))
        {
            foreach (var file in Directory.EnumerateFiles(pagesFolder, "*.md").Order(StringComparer.Ordinal))
            {
                var (front, body) = Split(File.ReadAllText(file));
                pages.Add(new ExpectedPage(Path.GetFileNameWithoutExtension(file), Text(front, "title")!, body));
            }
        }

        return new ExpectedDigest(site, tags, papers, pages);
    }

    private static (Dictionary<string, object?> Front, string Body) Split(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the test oracle only reads entries that start with front matter");
        }

        var close = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        var yaml = text[4..(close + 1)];
        return (Yaml.Deserialize<Dictionary<string, object?>>(yaml), text[(close + 5)..]);
    }

    private static string? Text(Dictionary<string, object?> front, string key) =>
        front.TryGetValue(key, out var value) ? (string?)value : null;

    /// <summary>The venue's name: the text of the shorthand, or the <c>name</c> of the mapping.</summary>
    private static string? VenueName(Dictionary<string, object?> front) =>
        front.TryGetValue("venue", out var value) ? value is Dictionary<object, object> map ? (string)map["name"] : (string?)value : null;

    private static List<string> List(Dictionary<string, object?> front, string key) =>
        front.TryGetValue(key, out var value) && value is List<object> items ? [.. items.Select(i => (string)i)] : [];
}
