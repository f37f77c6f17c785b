using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PaperDigest.Building;

namespace PaperDigest.Tests.Site;

/// <summary>Markdown features of the write-ups as readers see them: tables, footnotes, math, heading ids, and raw HTML shown as text.</summary>
[Collection(SampleSiteDefinition.Name)]
public sealed partial class MarkdownRenderingTests(SampleSiteFixture fixture)
{
    [GeneratedRegex(@"^##+ (?<text>.+)$", RegexOptions.Multiline)]
    private static partial Regex MarkdownHeading();

    [Fact]
    public void An_entry_with_a_pipe_table_shows_an_html_table_with_its_cells()
    {
        var papers = fixture.Digest.Papers.Where(p => p.Body.Split('\n').Any(l => l.StartsWith("| ", StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(papers);
        foreach (var paper in papers)
        {
            var table = HtmlQueries.MainContent(fixture.Load(paper.Path)).QuerySelector("table");
            Assert.True(table is not null, $"{paper.Path} has no <table>");
            var header = paper.Body.Split('\n').First(l => l.StartsWith("| ", StringComparison.Ordinal));
            var firstHeaderCell = header.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
            Assert.Contains(table.QuerySelectorAll("th"), th => HtmlQueries.Text(th) == firstHeaderCell);
            Assert.True(table.QuerySelectorAll("tbody tr").Length >= 1);
        }
    }

    [Fact]
    public void An_entry_with_a_footnote_links_the_mark_to_the_note_and_back()
    {
        var papers = fixture.Digest.Papers.Where(p => p.Body.Contains("[^", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(papers);
        foreach (var paper in papers)
        {
            var document = fixture.Load(paper.Path);
            var note = paper.Body.Split('\n').First(l => l.StartsWith("[^", StringComparison.Ordinal));
            var noteText = WriteUpSnippets.Normalise(note[(note.IndexOf("]:", StringComparison.Ordinal) + 2)..]);

            var marks = HtmlQueries.MainContent(document).QuerySelectorAll("a[href^='#']")
                .Select(a => (Link: a, Target: document.GetElementById(a.GetAttribute("href")![1..])))
                .Where(m => m.Target is not null && HtmlQueries.Text(m.Target).Contains(noteText, StringComparison.Ordinal))
                .ToList();
            Assert.True(marks.Count > 0, $"{paper.Path}: no link leads to an element holding the footnote text");
            var mark = marks[0].Link;
            Assert.False(string.IsNullOrEmpty(mark.Id), $"{paper.Path}: the footnote mark has no id to link back to");
            Assert.NotNull(marks[0].Target!.QuerySelector($"a[href='#{mark.Id}']"));
            Assert.DoesNotContain("[^", HtmlQueries.Text(HtmlQueries.MainContent(document)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Inline_and_display_math_are_wrapped_in_math_elements()
    {
        var papers = fixture.Digest.Papers.Where(p => p.Body.Contains('$', StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(papers);
        foreach (var paper in papers)
        {
            var main = HtmlQueries.MainContent(fixture.Load(paper.Path));
            var math = main.QuerySelectorAll(".math");
            Assert.True(math.Length > 0, $"{paper.Path} has math in its entry but no element with class math");
            Assert.DoesNotContain(main.QuerySelectorAll("p"), p => p.ChildNodes.OfType<IText>().Any(t => t.Data.Contains('$', StringComparison.Ordinal)));
            foreach (var formula in math)
            {
                // Rendered at build time: MathML with the TeX kept as an annotation, never a TeX fallback in the sample.
                Assert.True(formula.QuerySelector("math annotation[encoding='application/x-tex']") is not null,
                    $"{paper.Path}: formula '{formula.TextContent}' was not converted to MathML");
            }
        }

        var display = fixture.Digest.Papers.First(p => p.Body.Contains("$$", StringComparison.Ordinal));
        var block = HtmlQueries.MainContent(fixture.Load(display.Path)).QuerySelectorAll(".math").FirstOrDefault(e => e.LocalName != "span");
        Assert.True(block is not null, $"{display.Path}: display math ($$) should be a block, not an inline span");
        Assert.Contains(@"\mathrm{Cov}", block.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_in_write_ups_get_ids_to_link_to()
    {
        var papers = fixture.Digest.Papers.Where(p => MarkdownHeading().IsMatch(p.Body)).ToList();
        Assert.NotEmpty(papers);
        foreach (var paper in papers)
        {
            var main = HtmlQueries.MainContent(fixture.Load(paper.Path));
            foreach (Match match in MarkdownHeading().Matches(paper.Body))
            {
                var text = match.Groups["text"].Value.Trim();
                var heading = main.QuerySelectorAll("h2, h3, h4").FirstOrDefault(h => HtmlQueries.Text(h) == text);
                Assert.True(heading is not null, $"{paper.Path} has no heading '{text}'");
                Assert.Equal(GitHubId(text), heading.Id);
            }
        }
    }

    [Fact]
    public void Raw_html_in_a_write_up_is_shown_as_text_not_run()
    {
        using var temp = new TempFolder();
        const string body = """
            Before <script>alert(1)</script> after.

            <div class="injected" onclick="alert(2)">block html</div>

            <img src="x" onerror="alert(3)">

            [click me](javascript:alert(4)) and <a href="javascript:alert(5)">raw link</a> and <iframe src="https://evil.example"></iframe>
            """;
        var input = TinyDigest.Create(temp.Combine("input"), TinyDigest.SiteYml, TinyDigest.TagsYml,
            ("2025/raw.md", TinyDigest.Entry("Raw HTML", "2025-01-02", body, extra: "slug: raw-html\n")));
        var result = SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, temp.Combine("site")));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var document = new HtmlParser().ParseDocument(File.ReadAllText(temp.Combine("site", "papers", "raw-html", "index.html")));
        AssertInert(document, "the paper page");
        var text = HtmlQueries.Text(HtmlQueries.MainContent(document));
        Assert.Contains("<script>alert(1)</script>", text, StringComparison.Ordinal);
        Assert.Contains("click me", text, StringComparison.Ordinal);

        var feed = System.Xml.Linq.XDocument.Load(temp.Combine("site", "feed.xml"));
        var encoded = feed.Descendants(System.Xml.Linq.XName.Get("encoded", "http://purl.org/rss/1.0/modules/content/")).Single().Value;
        AssertInert(new HtmlParser().ParseDocument(encoded), "the feed's content:encoded");
    }

    private static void AssertInert(IDocument document, string where)
    {
        HtmlQueries.AssertNoInjectedScript(document, "alert", where);
        Assert.Empty(document.QuerySelectorAll("iframe, [onclick], [onerror], [class~='injected']"));
        var javascript = document.QuerySelectorAll("[href], [src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(u => u.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.True(javascript.Count == 0, $"{where} has javascript: links: {string.Join(", ", javascript)}");
    }

    /// <summary>GitHub's heading ids: lower case, spaces to '-', punctuation other than '-' and '_' dropped.</summary>
    private static string GitHubId(string heading) =>
        string.Concat(heading.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')).Replace(' ', '-');
}
