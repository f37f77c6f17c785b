using System.Globalization;
using AngleSharp.Html.Parser;

namespace PaperDigest.Tests.Site;

/// <summary>The weekly e-mail editions: one per ISO week with papers, as e-mail-safe HTML and plain text.</summary>
[Collection(SampleSiteDefinition.Name)]
public sealed class NewsletterTests(SampleSiteFixture fixture)
{
    private IEnumerable<IGrouping<string, ExpectedPaper>> Weeks =>
        fixture.Digest.Papers.GroupBy(p =>
        {
            var day = p.Date.ToDateTime(TimeOnly.MinValue);
            return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day):0000}-W{ISOWeek.GetWeekOfYear(day):00}");
        });

    [Fact]
    public void Every_week_with_papers_has_an_html_and_a_plain_text_edition_listing_exactly_its_papers()
    {
        Assert.NotEmpty(Weeks);
        foreach (var week in Weeks)
        {
            var html = File.ReadAllText(Path.Combine(fixture.Output, "newsletter", week.Key + ".html"));
            var text = File.ReadAllText(Path.Combine(fixture.Output, "newsletter", week.Key + ".txt"));
            var document = new HtmlParser().ParseDocument(html);
            var links = document.QuerySelectorAll("h3 a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal(week.Select(p => fixture.Digest.Absolute(p.Path)).Order(StringComparer.Ordinal), links.Order(StringComparer.Ordinal));
            foreach (var paper in week)
            {
                Assert.Contains(fixture.Digest.Absolute(paper.Path), text, StringComparison.Ordinal);
                Assert.Contains(paper.Title.Split(' ')[0], text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void The_html_edition_is_safe_for_mail_clients()
    {
        foreach (var week in Weeks)
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(fixture.Output, "newsletter", week.Key + ".html")));
            Assert.Empty(document.QuerySelectorAll("script, style, link[rel=stylesheet]"));
            Assert.NotEmpty(document.QuerySelectorAll("table[role=presentation]"));
            Assert.All(document.QuerySelectorAll("a[href]"), a =>
                Assert.StartsWith("http", a.GetAttribute("href"), StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_plain_text_edition_wraps_at_72_columns_except_for_urls()
    {
        foreach (var week in Weeks)
        {
            var lines = File.ReadAllLines(Path.Combine(fixture.Output, "newsletter", week.Key + ".txt"));
            Assert.All(lines.Where(l => !l.Contains("://", StringComparison.Ordinal)), l => Assert.True(l.Length <= 72, $"{week.Key}: '{l}' is longer than 72"));
        }
    }

    [Fact]
    public void Week_pages_link_their_editions()
    {
        foreach (var week in Weeks)
        {
            var page = fixture.Load($"/weeks/{week.Key}/");
            var hrefs = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Contains($"/newsletter/{week.Key}.html", hrefs);
            Assert.Contains($"/newsletter/{week.Key}.txt", hrefs);
        }
    }
}
