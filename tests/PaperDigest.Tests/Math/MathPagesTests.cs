using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using PaperDigest.Tests.Incremental;

namespace PaperDigest.Tests.MathML;

/// <summary>
/// What a build of the sample does with math beyond converting it: pages that show MathML link the math style sheet
/// and preload the math font (and no other page does, also when a page is made again from the entry cache); the
/// style sheet points at the published font, whose licence is published beside it; the e-mail edition shows an
/// editor's tldr math as readable Unicode.
/// </summary>
public sealed partial class MathPagesTests
{
    [Fact]
    public void Only_pages_that_show_math_link_the_math_style_sheet_and_font_even_when_made_again_from_the_cache()
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        File.WriteAllText(Path.Combine(digest.Input, "pages", "notation.md"), "---\ntitle: Notation\n---\nWe write $\\mathbb{E}[x]$ for the mean.\n");
        digest.Build();

        AssertMathLinks(digest);

        // A changed paper template makes every paper page again from the cached entries, which must remember their math.
        var template = Path.Combine(digest.Theme, "templates", "paper.sbn-html");
        File.AppendAllText(template, "\n<!-- edited -->\n");
        var rebuilt = digest.Build("after editing the paper template");
        Assert.True(rebuilt.Written >= 18, $"{rebuilt.Written} files written after the template changed");
        AssertMathLinks(digest);
    }

    [Fact]
    public void The_math_style_sheet_points_at_the_published_font_and_its_licence_is_beside_it()
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        digest.Build();

        var assets = Path.Combine(digest.Output, "assets");
        var css = File.ReadAllText(Assert.Single(Directory.GetFiles(assets, "math.*.css")));
        var url = FontUrl().Match(css);
        Assert.True(url.Success, $"math.css has no url() of the woff2 font:\n{css}");
        var font = File.ReadAllBytes(Path.Combine(assets, url.Groups["path"].Value));
        Assert.Equal("wOF2"u8.ToArray(), font[..4]);
        Assert.Contains("font-family:\"PaperDigest Math\"", css.Replace(": ", ":", StringComparison.Ordinal), StringComparison.Ordinal);
        var licence = File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(assets, "fonts"), "LICENSE-LatinModernMath.*.txt")));
        Assert.Contains("GUST Font License", licence, StringComparison.Ordinal);
    }

    [Fact]
    public void The_email_edition_shows_tldr_math_as_readable_unicode()
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        var entry = digest.Entries().First(e => File.ReadAllText(e).Contains("arxiv: \"2309.05153\"", StringComparison.Ordinal));
        File.WriteAllLines(entry, File.ReadAllLines(entry).Select(line =>
            line.StartsWith("tldr:", StringComparison.Ordinal) ? "tldr: \"Learns $x_i$ with $\\\\alpha^2$ fewer steps, at $5 a run.\"" : line));
        digest.Build();

        var edition = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(digest.Output, "newsletter", "2025-W11.html")));
        var summaries = edition.QuerySelectorAll("td p").Select(p => p.TextContent).ToList();
        Assert.Contains("Learns xᵢ with α² fewer steps, at $5 a run.", summaries);
        var plain = File.ReadAllText(Path.Combine(digest.Output, "newsletter", "2025-W11.txt"));
        Assert.Contains("Learns xᵢ with α² fewer steps, at $5 a run.", plain.ReplaceLineEndings(" ").Replace("   ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("\\alpha", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void An_editors_tldr_math_reads_as_unicode_on_cards_pages_feeds_and_meta_descriptions()
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        var entry = digest.Entries().First(e => File.ReadAllText(e).Contains("arxiv: \"2309.05153\"", StringComparison.Ordinal));
        File.WriteAllLines(entry, File.ReadAllLines(entry).Select(line =>
            line.StartsWith("tldr:", StringComparison.Ordinal) ? "tldr: \"Learns $x_i$ with $\\\\alpha^2$ fewer steps.\"" : line));
        digest.Build();

        const string Readable = "Learns xᵢ with α² fewer steps.";
        var parser = new HtmlParser();
        var page = parser.ParseDocument(File.ReadAllText(Path.Combine(digest.Output, "papers", "2309.05153", "index.html")));
        Assert.Equal(Readable, page.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.Equal(Readable, page.QuerySelector("meta[property='og:description']")?.GetAttribute("content"));
        Assert.Equal(Readable, page.QuerySelector("p.lead")?.TextContent);
        // Cards: the day, tag and author pages that list the paper.
        var pages = Directory.EnumerateFiles(digest.Output, "*.html", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        Assert.True(pages.Count(html => html.Contains(Readable, StringComparison.Ordinal)) >= 4, "the tldr is not on the paper's cards");
        Assert.DoesNotContain(pages, html => html.Contains("$x_i$", StringComparison.Ordinal) || html.Contains("\\alpha^2", StringComparison.Ordinal));
        foreach (var feed in new[] { "feed.xml", "atom.xml", "feed.json" })
        {
            var text = File.ReadAllText(Path.Combine(digest.Output, feed));
            Assert.Contains(Readable, text, StringComparison.Ordinal);
            Assert.DoesNotContain("$x_i$", text, StringComparison.Ordinal);
        }
    }

    private static void AssertMathLinks(DigestCopy digest)
    {
        var parser = new HtmlParser();
        var pages = Directory.EnumerateFiles(digest.Output, "index.html", SearchOption.AllDirectories).ToList();
        Assert.Contains(pages, p => p.EndsWith(Path.Combine("notation", "index.html"), StringComparison.Ordinal));
        var withMath = 0;
        foreach (var path in pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(path));
            var hasMath = document.QuerySelector("math") is not null;
            var styleSheet = document.QuerySelector("link[rel=stylesheet][href*='/assets/math.']");
            var preload = document.QuerySelector("link[rel=preload][as=font][href*='/assets/fonts/paperdigest-math.']");
            Assert.True(hasMath == (styleSheet is not null), $"{path}: shows math {hasMath}, links math.css {styleSheet is not null}");
            Assert.True(hasMath == (preload is not null), $"{path}: shows math {hasMath}, preloads the font {preload is not null}");
            withMath += hasMath ? 1 : 0;
        }

        // Ten papers of the sample have formulas in their write-ups, and the new free page has one.
        Assert.Equal(11, withMath);
    }

    [GeneratedRegex("""url\("(?<path>fonts/paperdigest-math\.[0-9a-f]{10}\.woff2)"\)""")]
    private static partial Regex FontUrl();
}
