using System.Text.RegularExpressions;
using PaperDigest.Building;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Incremental;

/// <summary>
/// The theme is loaded while the entries are read, with the base path site.yml (or --base-url) gives: every
/// link the theme writes starts with it, in clean and incremental builds alike.
/// </summary>
public sealed class BasePathBuildTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    [Fact]
    public void Theme_links_follow_a_base_url_with_a_path_across_incremental_builds()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepoPaths.Input, "input");
        var output = temp.Combine("site");

        SetBaseUrl(input, "https://example.org/digest/");
        Build(new BuildOptions(input, RepoPaths.Theme, output, Today: Today) { MadeFiles = SharedImages.Memo });
        AssertLinksUnder(output, "/digest/");

        SetBaseUrl(input, "https://example.org/other/");
        Build(new BuildOptions(input, RepoPaths.Theme, output, Today: Today) { MadeFiles = SharedImages.Memo });
        AssertLinksUnder(output, "/other/");

        var clean = temp.Combine("clean");
        Build(new BuildOptions(input, RepoPaths.Theme, clean, Today: Today, CacheRoot: clean + "-cache", Clean: true) { MadeFiles = SharedImages.Memo });
        FolderSnapshot.AssertIdentical(FolderSnapshot.Take(clean), FolderSnapshot.Take(output), "the incremental build after base_url changed");
    }

    [Fact]
    public void Theme_links_follow_the_base_url_option_over_site_yml()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");

        Build(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, output, BaseUrl: new Uri("https://preview.example.org/pr-7/"), Today: Today) { MadeFiles = SharedImages.Memo });

        AssertLinksUnder(output, "/pr-7/");
    }

    private static void SetBaseUrl(string input, string url)
    {
        var site = Path.Combine(input, "site.yml");
        File.WriteAllText(site, Regex.Replace(File.ReadAllText(site), "^base_url: .*$", $"base_url: {url}", RegexOptions.Multiline));
    }

    private static void Build(BuildOptions options)
    {
        var result = SiteBuilder.Build(options);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    /// <summary>The stylesheet (<c>{{asset}}</c>) and the tag index link (<c>{{relurl}}</c>) of the home page start with the base path.</summary>
    private static void AssertLinksUnder(string output, string basePath)
    {
        var home = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Matches($"href=\"{Regex.Escape(basePath)}assets/site\\.[0-9a-f]+\\.css\"", home);
        Assert.Contains($"href=\"{basePath}tags/\"", home, StringComparison.Ordinal);
        Assert.DoesNotMatch("href=\"/(assets|tags)/", home);
    }
}
