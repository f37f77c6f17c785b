using AngleSharp.Html.Parser;

namespace PaperDigest.Tests.Browser;

/// <summary>
/// Site paths of the pages the browser tests visit, found in the built sample so that they follow its content:
/// the newest paper is the first card on the home page, its first tag is the tag page, and so on.
/// </summary>
internal sealed record SamplePages(string NewestPaper, string PaperWithTable, string Tag, string Month, string Week, string Day)
{
    public const string Home = "/";
    public const string Tags = "/tags/";
    public const string Archive = "/archive/";
    public const string About = "/about/";

    /// <summary>A path the site does not have: it is answered with <c>404.html</c>.</summary>
    public const string Missing = "/papers/no-such-paper/";

    /// <summary>The names theory data use for the pages, in a readable order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["home", "paper", "paper-with-table", "tags", "tag", "archive", "month", "week", "day", "about", "feeds", "search", "not-found"];

    public string PathOf(string name) => name switch
    {
        "home" => Home,
        "paper" => NewestPaper,
        "paper-with-table" => PaperWithTable,
        "tags" => Tags,
        "tag" => Tag,
        "archive" => Archive,
        "month" => Month,
        "week" => Week,
        "day" => Day,
        "about" => About,
        "feeds" => "/feeds/",
        "search" => "/search/",
        "not-found" => Missing,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a sample page name"),
    };

    public static SamplePages Find(string output)
    {
        var parser = new HtmlParser();
        var home = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "index.html")));
        var firstCard = home.QuerySelector(".card")
            ?? throw new InvalidOperationException("the sample's home page shows no paper card (.card)");
        var paper = firstCard.QuerySelector(".card-title a")?.GetAttribute("href")
            ?? throw new InvalidOperationException("the first card on the home page has no title link (.card-title a)");
        var tag = firstCard.QuerySelector("a.chip")?.GetAttribute("href")
            ?? throw new InvalidOperationException("the first card on the home page has no tag chip (a.chip)");

        var papers = Path.Combine(output, "papers");
        var withTable = Directory.Exists(papers)
            ? Directory.EnumerateDirectories(papers).Order(StringComparer.Ordinal)
                .FirstOrDefault(d => File.Exists(Path.Combine(d, "index.html"))
                    && File.ReadAllText(Path.Combine(d, "index.html")).Contains("<table", StringComparison.Ordinal))
            : null;

        return new SamplePages(
            paper,
            withTable is null ? paper : $"/papers/{Path.GetFileName(withTable)}/",
            tag,
            Newest(output, "months"),
            Newest(output, "weeks"),
            Newest(output, "days"));
    }

    /// <summary>The newest page of an archive folder (<c>/days/2025-05-27/</c>); the bare folder, a 404 the tests report, when there is none.</summary>
    private static string Newest(string output, string folder)
    {
        var path = Path.Combine(output, folder);
        var newest = Directory.Exists(path)
            ? Directory.EnumerateDirectories(path).Select(Path.GetFileName).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
        return newest is null ? $"/{folder}/" : $"/{folder}/{newest}/";
    }
}
