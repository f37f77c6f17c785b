using PaperDigest.Building;

namespace PaperDigest.Tests.Site;

/// <summary>Renamed papers keep their old addresses: aliases become _redirects rules and redirect pages.</summary>
public sealed class RedirectTests
{
    [Fact]
    public void An_alias_gets_a_301_rule_and_a_page_that_sends_readers_on()
    {
        using var temp = new TempFolder();
        var input = TinyDigest.Create(temp.Combine("input"), TinyDigest.SiteYml, TinyDigest.TagsYml,
            ("2025/renamed.md", TinyDigest.Entry("Renamed", "2025-03-11", "Body.", extra: "slug: new-name\naliases: [/papers/old-name/, /old.html]\n")));
        var site = BuiltSite.Build(input, temp.Combine("site"));

        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics));
        var rules = File.ReadAllLines(site.FileOf("/_redirects")).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(["/old.html /papers/new-name/ 301", "/papers/old-name/ /papers/new-name/ 301"], rules);

        var page = site.Load("/papers/old-name/");
        Assert.Equal($"{TinyDigest.BaseUrl}/papers/new-name/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Contains($"url={TinyDigest.BaseUrl}/papers/new-name/", page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"), StringComparison.Ordinal);
        Assert.True(site.Exists("/old.html"));
        Assert.DoesNotContain("old-name", File.ReadAllText(site.FileOf("/sitemap.xml")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tags/")]
    [InlineData("/feed.xml")]
    [InlineData("/archive/old/")]
    public void An_alias_inside_the_sites_own_sections_is_refused(string alias)
    {
        using var temp = new TempFolder();
        var input = TinyDigest.Create(temp.Combine("input"), TinyDigest.SiteYml, TinyDigest.TagsYml,
            ("2025/a.md", TinyDigest.Entry("A", "2025-03-11", "Body.", extra: $"aliases: [{alias}]\n")));
        var result = SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, temp.Combine("site")) { MadeFiles = SharedImages.Memo });

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("PD0111", error.Code);
        Assert.Equal(6, error.Location.Line);
        Assert.False(Directory.Exists(temp.Combine("site")));
    }
}
