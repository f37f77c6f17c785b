using System.Xml;
using System.Xml.Linq;

namespace PaperDigest.Tests.Site;

/// <summary>Free pages, 404.html, robots.txt, sitemap.xml and the copied static files of the sample site.</summary>
[Collection(SampleSiteDefinition.Name)]
public sealed class SiteFileTests(SampleSiteFixture fixture)
{
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Theory]
    [InlineData("about", "About")]
    [InlineData("editorial-policy", "Editorial policy")]
    public void A_free_page_is_served_at_its_name_with_its_title_and_text(string name, string title)
    {
        var page = fixture.Digest.Pages.Single(p => p.Name == name);
        Assert.Equal(title, page.Title);
        var document = fixture.Load($"/{name}/");
        Assert.Equal(title, HtmlQueries.Text(Assert.Single(document.QuerySelectorAll("h1"))));
        Assert.Contains(title, document.Title, StringComparison.Ordinal);
        var text = HtmlQueries.Text(HtmlQueries.MainContent(document));
        Assert.All(WriteUpSnippets.Of(page.Body), s => Assert.Contains(s, text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_404_page_exists_and_its_links_work_from_any_address()
    {
        var document = fixture.Load("/404.html");
        Assert.NotNull(document.QuerySelector("h1"));
        Assert.Contains(HtmlQueries.MainContent(document).QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "/");

        // A host serves 404.html at whatever address was missing, so relative links would break.
        var relative = document.QuerySelectorAll("[href], [src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(u => !u.StartsWith('/') && !u.StartsWith('#') && !Uri.TryCreate(u, UriKind.Absolute, out _));
        Assert.Empty(relative);
    }

    [Fact]
    public void Robots_txt_names_the_absolute_sitemap_url()
    {
        var lines = fixture.Site.ReadText("/robots.txt").Split('\n').Select(l => l.Trim());
        Assert.Contains($"Sitemap: {fixture.Digest.Absolute("/sitemap.xml")}", lines);
    }

    [Fact]
    public void The_sitemap_is_well_formed_and_lists_every_paper_and_tag_page_by_absolute_url()
    {
        var locs = SitemapLocations();
        Assert.Equal(locs.Count, locs.Distinct(StringComparer.Ordinal).Count());
        Assert.All(locs, loc => Assert.StartsWith(fixture.Digest.BaseUrl + "/", loc, StringComparison.Ordinal));
        Assert.All(fixture.Digest.Papers, p => Assert.Contains(fixture.Digest.Absolute(p.Path), locs));
        Assert.All(fixture.Digest.Tags, t => Assert.Contains(fixture.Digest.Absolute(t.Path), locs));
        Assert.Contains(fixture.Digest.Absolute("/tags/"), locs);
        Assert.Contains(fixture.Digest.Absolute("/"), locs);
        Assert.All(fixture.Digest.Pages, p => Assert.Contains(fixture.Digest.Absolute(p.Path), locs));
    }

    [Fact]
    public void The_sitemap_leaves_out_the_404_page_and_lists_only_pages_that_exist()
    {
        var locs = SitemapLocations();
        Assert.DoesNotContain(locs, l => l.Contains("404", StringComparison.Ordinal));
        foreach (var loc in locs)
        {
            var path = SitePaths.Internal(fixture.Digest.BaseUrl, "/", loc);
            Assert.True(path is not null && fixture.Site.Exists(path), $"the sitemap lists {loc}, which the site does not have");
        }
    }

    [Fact]
    public void The_favicon_is_copied_from_static_as_is() =>
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Input, "static", "favicon.svg")), File.ReadAllBytes(fixture.Site.FileOf("/favicon.svg")));

    [Fact]
    public void Every_theme_asset_is_published_under_a_fingerprinted_name_stylesheets_and_scripts_minified()
    {
        var assets = Path.Combine(RepoPaths.Theme, "assets");
        var files = Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => f.EndsWith("site.css", StringComparison.Ordinal));
        var written = Directory.EnumerateFiles(Path.Combine(fixture.Output, "assets"), "*", SearchOption.AllDirectories).ToList();
        Assert.Equal(files.Count, written.Count);
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(assets, file).Replace('\\', '/');
            var extension = Path.GetExtension(relative);
            var published = Assert.Single(written, w => System.Text.RegularExpressions.Regex.IsMatch(
                Path.GetRelativePath(Path.Combine(fixture.Output, "assets"), w).Replace('\\', '/'),
                "^" + System.Text.RegularExpressions.Regex.Escape(relative[..^extension.Length]) + @"\.[0-9a-f]{10}" + System.Text.RegularExpressions.Regex.Escape(extension) + "$"));
            if (extension is ".css" or ".js")
            {
                // Minified: smaller than the source, with no comment left.
                Assert.InRange(new FileInfo(published).Length, 1, new FileInfo(file).Length - 1);
                Assert.DoesNotContain("/*", File.ReadAllText(published), StringComparison.Ordinal);
            }
            else
            {
                var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)))[..10];
                Assert.EndsWith("." + hash + extension, published, StringComparison.Ordinal);
                Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(published));
            }
        }
    }

    [Fact]
    public void Pages_link_the_stylesheet_by_its_fingerprinted_name()
    {
        var href = fixture.Load("/").QuerySelector("link[rel=stylesheet]")?.GetAttribute("href");
        Assert.NotNull(href);
        Assert.Matches(@"^/assets/site\.[0-9a-f]{10}\.css$", href);
        Assert.True(fixture.Site.Exists(href), $"{href} is missing");
    }

    private List<string> SitemapLocations()
    {
        using var reader = XmlReader.Create(fixture.Site.FileOf("/sitemap.xml"), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var sitemap = XDocument.Load(reader);
        Assert.Equal(SitemapNs + "urlset", sitemap.Root!.Name);
        return [.. sitemap.Root.Elements(SitemapNs + "url").Select(u => u.Element(SitemapNs + "loc")!.Value.Trim())];
    }
}
