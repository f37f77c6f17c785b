using AngleSharp.Html.Parser;
using PaperDigest.Building;
using PaperDigest.Tests.Feeds;

namespace PaperDigest.Tests.Site;

/// <summary>Pages show what editors typed as text, whatever it holds, and never run it.</summary>
public sealed class HostileTextPageTests
{
    [Fact]
    public void Hostile_text_in_titles_authors_tags_and_site_settings_is_shown_as_text()
    {
        using var temp = new TempFolder();
        var input = HostileDigest.Create(temp.Combine("input"));
        var site = temp.Combine("site");
        var result = SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, site));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        foreach (var file in Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories))
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(file));
            HtmlQueries.AssertNoInjectedScript(document, "alert", Path.GetRelativePath(site, file));
            Assert.Contains(HostileDigest.SiteTitle, document.Title, StringComparison.Ordinal);
        }

        var paper = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "papers", "hostile-paper", "index.html")));
        Assert.Equal(HostileDigest.PaperTitle, HtmlQueries.Text(Assert.Single(paper.QuerySelectorAll("h1"))));
        var text = HtmlQueries.Text(HtmlQueries.MainContent(paper));
        Assert.All(HostileDigest.Authors, a => Assert.Contains(WriteUpSnippets.Normalise(a), text, StringComparison.Ordinal));
        Assert.Contains(paper.QuerySelectorAll("a[href='/tags/hostile/']"), a => HtmlQueries.Text(a) == HostileDigest.TagName);

        var second = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "papers", "second-paper", "index.html")));
        Assert.Contains("<b>it</b>", HtmlQueries.Text(HtmlQueries.MainContent(second)), StringComparison.Ordinal);
    }
}
