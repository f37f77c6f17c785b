using PaperDigest.Building;
using PaperDigest.Writing;

namespace PaperDigest.Tests.Site;

/// <summary>
/// The output folder holds what readers and the host get, and of what only the build uses just its marker
/// (<c>.paperdigest-output</c>, a hidden name Netlify and GitHub Pages do not publish): the build cache, lock, staging
/// and retired folders live beside the folder, never in it, after a fresh build and an incremental one alike.
/// </summary>
public sealed class PublishedFolderTests
{
    private static readonly string[] SampleTopLevel =
    [
        ".paperdigest-output", "404.html", "_headers", "_redirects", "about/", "archive/", "assets/", "atom.xml", "authors/",
        "authors.opml", "days/", "editorial-policy/", "favicon.svg", "feed.json", "feed.xml", "feeds/", "feeds.opml",
        "index.html", "months/", "newsletter/", "page/", "papers/", "robots.txt", "search/", "sitemap.xml", "social/",
        "tags/", "weeks/",
    ];

    [Fact]
    public void The_sample_output_holds_the_site_and_the_marker_and_nothing_else_the_build_uses()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        var options = new BuildOptions(RepoPaths.Input, RepoPaths.Theme, output) { MadeFiles = SharedImages.Memo };
        Assert.True(SiteBuilder.Build(options).Succeeded);
        AssertPublishable(output);

        // An incremental build after an edit commits through its journal; nothing of that stays behind either.
        var input = temp.CopyFrom(RepoPaths.Input, "in");
        var copied = options with { InputRoot = input };
        Assert.True(SiteBuilder.Build(copied).Succeeded);
        var entry = Directory.EnumerateFiles(Path.Combine(input, "papers"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        File.AppendAllText(entry, "\nA sentence added later.\n");
        var again = SiteBuilder.Build(copied);
        Assert.True(again.Succeeded);
        Assert.True(again.Written < again.Files, "the second build should have been incremental");
        AssertPublishable(output);

        Assert.Contains(temp.Combine(".site.pd-cache"), Directory.EnumerateDirectories(temp.Path));
    }

    private static void AssertPublishable(string output)
    {
        var top = Directory.EnumerateFileSystemEntries(output)
            .Select(e => Path.GetFileName(e) + (Directory.Exists(e) ? "/" : ""))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(SampleTopLevel.Order(StringComparer.Ordinal), top);

        var hidden = Directory.EnumerateFileSystemEntries(output, "*", SearchOption.AllDirectories)
            .Select(e => Path.GetRelativePath(output, e).Replace('\\', '/'))
            .Where(e => e.Split('/').Any(part => part.StartsWith('.')) || e.EndsWith(".tmp", StringComparison.Ordinal) || e.Contains(".pd-", StringComparison.Ordinal))
            .ToList();
        Assert.Equal([StagedOutput.MarkerFile], hidden);
    }
}
