using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PaperDigest.Building;

namespace PaperDigest.Tests.Site;

/// <summary>A site built into a folder, the digest it was built from, and ways to look at its files by site path.</summary>
internal sealed class BuiltSite(string output, BuildResult result, ExpectedDigest digest)
{
    public string Output { get; } = output;

    public BuildResult Result { get; } = result;

    public ExpectedDigest Digest { get; } = digest;

    /// <summary>
    /// Builds <paramref name="input"/> with the default theme into <paramref name="output"/>, taking images already made
    /// from the same input from <paramref name="madeFiles"/> when given (<see cref="SharedImages"/>).
    /// </summary>
    public static BuiltSite Build(string input, string output, PaperDigest.Incremental.MadeFileMemo? madeFiles = null)
    {
        var result = SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, output) { MadeFiles = madeFiles });
        Assert.True(result.Succeeded, "the digest should build without errors:\n" + string.Join('\n', result.Diagnostics));
        return new BuiltSite(output, result, ExpectedDigest.Read(input));
    }

    /// <summary>The file a site path is served from: <c>/x/</c> is <c>x/index.html</c>.</summary>
    public string FileOf(string sitePath) => Path.Combine(Output, SitePaths.ToFile(sitePath));

    public bool Exists(string sitePath) => File.Exists(FileOf(sitePath));

    public string ReadText(string sitePath)
    {
        Assert.True(Exists(sitePath), $"the site has no {sitePath} ({SitePaths.ToFile(sitePath)})");
        return File.ReadAllText(FileOf(sitePath));
    }

    public IHtmlDocument Load(string sitePath) => new HtmlParser().ParseDocument(ReadText(sitePath));

    /// <summary>The site path of every HTML file in the output, sorted.</summary>
    public IReadOnlyList<string> HtmlPages() =>
        [.. Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => SitePaths.FromFile(Path.GetRelativePath(Output, f)))
            .Order(StringComparer.Ordinal)];

    /// <summary>Every file in the output, as paths relative to it with '/'.</summary>
    public IReadOnlyList<string> Files() =>
        [.. Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    /// <summary>A listing's pages in order: <c>first</c>, then <c>first/page/2/</c>, ... as long as they exist.</summary>
    public IReadOnlyList<string> ListingPages(string first)
    {
        var pages = new List<string> { first };
        for (var n = 2; Exists($"{first}page/{n}/"); n++)
        {
            pages.Add($"{first}page/{n}/");
        }

        var folder = FileOf(first + "page/");
        var onDisk = Directory.Exists(Path.GetDirectoryName(folder))
            ? Directory.EnumerateDirectories(Path.GetDirectoryName(folder)!).Count()
            : 0;
        Assert.True(onDisk == pages.Count - 1,
            $"{first}page/ holds {onDisk} page folders but only pages 2 to {pages.Count} follow each other without a gap");
        return pages;
    }
}
