namespace PaperDigest.Tests.Site;

/// <summary>What every HTML page of the sample site must have, and that no internal link on any of them is broken.</summary>
[Collection(SampleSiteDefinition.Name)]
public sealed class EveryPageTests(SampleSiteFixture fixture)
{
    [Fact]
    public void The_site_has_a_page_of_each_kind()
    {
        var pages = fixture.Site.HtmlPages();
        Assert.Contains("/", pages);
        Assert.Contains("/tags/", pages);
        Assert.Contains("/404.html", pages);
        Assert.Contains("/about/", pages);
        Assert.True(pages.Count >= fixture.Digest.Papers.Count + fixture.Digest.Tags.Count + 4);
    }

    [Fact]
    public void Every_page_declares_the_site_language()
    {
        var failures = fixture.Site.HtmlPages()
            .Where(page => fixture.Load(page).DocumentElement.GetAttribute("lang") != fixture.Digest.Language)
            .ToList();
        Assert.True(failures.Count == 0, $"pages without <html lang=\"{fixture.Digest.Language}\">: {string.Join(", ", failures)}");
    }

    [Fact]
    public void Every_page_has_a_non_empty_title()
    {
        var failures = fixture.Site.HtmlPages().Where(page => string.IsNullOrWhiteSpace(fixture.Load(page).Title)).ToList();
        Assert.True(failures.Count == 0, $"pages without a <title>: {string.Join(", ", failures)}");
    }

    [Fact]
    public void Every_page_has_an_absolute_canonical_link_to_its_own_address()
    {
        var failures = new List<string>();
        foreach (var page in fixture.Site.HtmlPages())
        {
            var canonical = fixture.Load(page).QuerySelectorAll("link[rel='canonical']").Select(l => l.GetAttribute("href")).ToList();
            var expected = fixture.Digest.Absolute(page);
            if (canonical.Count != 1 || canonical[0] != expected)
            {
                failures.Add($"{page}: canonical [{string.Join(", ", canonical)}], expected {expected}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Every_page_advertises_the_site_rss_feed()
    {
        var failures = new List<string>();
        foreach (var page in fixture.Site.HtmlPages())
        {
            var feeds = fixture.Load(page).QuerySelectorAll("link[rel='alternate'][type='application/rss+xml']")
                .Select(l => SitePaths.Internal(fixture.Digest.BaseUrl, page, l.GetAttribute("href") ?? ""));
            if (!feeds.Contains("/feed.xml"))
            {
                failures.Add(page);
            }
        }

        Assert.True(failures.Count == 0, $"pages without <link rel=\"alternate\" type=\"application/rss+xml\"> to /feed.xml: {string.Join(", ", failures)}");
        Assert.True(fixture.Site.Exists("/feed.xml"));
    }

    [Fact]
    public void Every_internal_link_and_source_on_every_page_resolves_to_a_file()
    {
        var broken = new SortedSet<string>(StringComparer.Ordinal);
        var checkedLinks = 0;
        foreach (var page in fixture.Site.HtmlPages())
        {
            var document = fixture.Load(page);
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                foreach (var url in new[] { element.GetAttribute("href"), element.GetAttribute("src") }.OfType<string>())
                {
                    var target = SitePaths.Internal(fixture.Digest.BaseUrl, page, url);
                    if (target is null)
                    {
                        continue;
                    }

                    checkedLinks++;
                    if (!ResolvesToFile(target))
                    {
                        broken.Add($"{page}: <{element.LocalName}> {url}");
                    }
                }
            }
        }

        Assert.True(checkedLinks > 500, $"only {checkedLinks} internal links were found; the link check is not looking at the pages");
        Assert.True(broken.Count == 0, $"{broken.Count} broken internal links:\n{string.Join('\n', broken)}");
    }

    /// <summary><c>/x/</c> is <c>x/index.html</c>; <c>/x</c> is the file x, or the folder x with an index.html as hosts serve it.</summary>
    private bool ResolvesToFile(string sitePath) =>
        fixture.Site.Exists(sitePath) || (!sitePath.EndsWith('/') && fixture.Site.Exists(sitePath + "/"));
}
