using System.Text;
using Markdig;
using PaperDigest.Diagnostics;
using PaperDigest.Rendering;
using PaperDigest.Rendering.Headings;
using PaperDigest.Rendering.Limits;

namespace PaperDigest.Tests.Rendering;

/// <summary>
/// Rendering stays linear in the size of a write-up, shown by counts at n and 8n (heading id probes, containers walked,
/// bytes allocated, bytes written), never by time: eight times the input may cost at most about eight times as much.
/// </summary>
public sealed class LargeInputTests
{
    /// <summary>How much more than 8 times the work 8 times the input may take (fixed costs, buffers that double).</summary>
    private const double Slack = 1.6;

    [Fact]
    public void Identical_headings_take_two_probes_each_not_one_per_earlier_heading()
    {
        foreach (var n in new[] { 1000, 8000 })
        {
            var ids = new HeadingIdSet();
            var given = Enumerable.Range(0, n).Select(_ => ids.Unique("intro")).ToList();
            Assert.Equal(["intro", "intro-1", "intro-2"], given.Take(3));
            Assert.Equal($"intro-{n - 1}", given[^1]);
            Assert.True(ids.Probes <= 2L * n, $"{ids.Probes} probes for {n} headings");
        }
    }

    [Fact]
    public void Ids_that_headings_took_themselves_are_skipped_and_each_is_tried_once()
    {
        var ids = new HeadingIdSet();
        List<string> headings = ["intro-1", "intro", "intro", "intro-3", "intro", "intro", "intro-1"];
        var given = headings.Select(ids.Unique).ToList();
        Assert.Equal(["intro-1", "intro", "intro-2", "intro-3", "intro-4", "intro-5", "intro-1-1"], given);
        Assert.True(ids.Probes <= 14, $"{ids.Probes} probes");
    }

    [Fact]
    public void Heading_ids_are_those_of_markdigs_github_identifiers()
    {
        const string markdown = """
            # Intro
            ## Intro
            ## Intro-1
            ## *Emphasis* and `code` and [a link](https://example.org)
            ## Ünïcode Überschrift — with dash
            ## 
            ## ???
            ## Intro
            Setext heading
            --------------
            > ## Quoted intro
            - ## Listed intro
            ## Math $x^2$ here
            """;
        var markdig = new MarkdownPipelineBuilder().UseMathematics().UseEmphasisExtras()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub).DisableHtml().Build();
        var expected = Ids(Markdown.ToHtml(markdown, markdig));
        Assert.Equal(12, expected.Count);
        Assert.Equal(expected, Ids(MarkdownRenderer.For("/").ToHtml(markdown)));

        static List<string> Ids(string html) =>
            [.. new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelectorAll("h1, h2, h3").Select(h => h.Id ?? "")];
    }

    public static TheoryData<string> Shapes => [.. ShapeOf.Keys];

    /// <summary>Write-ups of each shape, n times over.</summary>
    private static readonly Dictionary<string, Func<int, string>> ShapeOf = new()
    {
        ["identical headings"] = n => Repeat("## Intro\n\nText.\n\n", n),
        ["math spans"] = n => Repeat("$x_1^2 + \\alpha$ and ", n),
        ["math lines"] = n => Repeat("a $\\frac{a}{b}$ b\n", n),
        ["display math"] = n => Repeat("$$\n\\sum_{i=1}^n x_i\n$$\n\n", n),
        ["table rows"] = n => "| a | b | c |\n|---|---|---|\n" + Repeat("| 1 | 2 | 3 |\n", n),
        ["table columns"] = n => "|" + Repeat(" a |", n) + "\n|" + Repeat("---|", n) + "\n|" + Repeat(" 1 |", n) + "\n",
        ["long line"] = n => Repeat("word ", 8 * n),
        ["emphasis"] = n => Repeat("*a* _b_ **c** ", n),
        ["links"] = n => Repeat("[a](https://example.org/x) ", n),
        ["bare URLs"] = n => Repeat("https://example.org/x ", n),
        ["brackets"] = n => Repeat("[", n),
        ["backticks"] = n => Repeat("`", n) + " a " + Repeat("``", n),
        ["paragraphs"] = n => Repeat("A paragraph with *some* emphasis and a [link](/x/).\n\n", n),
        ["reference links"] = n => string.Concat(Enumerable.Range(0, n).Select(i => $"[r{i}]\n\n[r{i}]: https://example.org/{i}\n\n")),
        ["footnotes"] = n => string.Concat(Enumerable.Range(0, n).Select(i => $"a[^{i}]\n\n[^{i}]: note {i}\n\n")),
        ["nested quotes"] = n => Repeat(Repeat(">", 50) + " deep\n\n", n),
        ["list items"] = n => Repeat("- [ ] item *one*\n", n),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Allocation_and_output_grow_linearly_with_the_write_up(string shape)
    {
        const int n = 400;
        var renderer = MarkdownRenderer.For("/");
        var small = Measure(renderer, ShapeOf[shape](n));
        var large = Measure(renderer, ShapeOf[shape](8 * n));
        Assert.True(large.Allocated <= 8 * Slack * small.Allocated, $"{shape}: {small.Allocated:N0} bytes allocated at n, {large.Allocated:N0} at 8n");
        Assert.True(large.Output <= 8 * Slack * small.Output, $"{shape}: {small.Output:N0} bytes of HTML at n, {large.Output:N0} at 8n");
    }

    public static TheoryData<string> MarkerShapes => [.. MarkerShapeOf.Keys];

    /// <summary>Blocks whose markers Markdig keeps open, followed by text that has to be placed below all of them.</summary>
    private static readonly Dictionary<string, Func<int, string>> MarkerShapeOf = new()
    {
        ["openers then lines"] = n => Repeat("*a ", n) + Repeat("b\n", n),
        ["closers then lines"] = n => Repeat("a* ", n) + Repeat("b\n", n),
        ["brackets then lines"] = n => Repeat("[a ", n) + Repeat("b\n", n),
        ["links left open"] = n => Repeat("[a](", n) + Repeat("b\n", n),
        ["mixed markers"] = n => Repeat("*a _b ~c ^d ==e ++f ", n / 6) + Repeat("b\n", n),
        ["table of emphasis"] = n => "| a | b |\n|---|---|\n" + Repeat("| *x* | _y_ |\n", n / 4),
    };

    [Theory]
    [MemberData(nameof(MarkerShapes))]
    public void Markdig_walks_through_at_most_a_bounded_number_of_open_markers_per_piece_of_text(string shape)
    {
        const int n = 300;
        var small = Walked(MarkerShapeOf[shape](n), limited: true);
        var large = Walked(MarkerShapeOf[shape](8 * n), limited: true);
        Assert.True(large <= 8 * Slack * small, $"{shape}: {small:N0} containers walked at n, {large:N0} at 8n");
    }

    [Fact]
    public void Without_the_limit_the_walk_grows_with_the_square_of_the_block()
    {
        // What the limit is for: Markdig's own work on one block of open markers.
        const int n = 300;
        var small = Walked(MarkerShapeOf["openers then lines"](n), limited: false);
        var large = Walked(MarkerShapeOf["openers then lines"](8 * n), limited: false);
        Assert.True(large > 30 * small, $"{small:N0} containers walked at n, {large:N0} at 8n");
    }

    [Fact]
    public void A_block_over_the_marker_limit_is_shown_as_plain_text_with_a_warning_naming_its_line_and_the_limit()
    {
        var markdown = "# Title\n\nFine *paragraph*.\n\n" + Repeat("*a* ", MarkdownLimits.MaxInlineMarkersPerBlock) + "\n<b> & [x](javascript:y)\n\nAfter *that*.\n";
        var rendered = MarkdownRenderer.For("/").Render(markdown);
        var warning = Assert.Single(rendered.Warnings);
        Assert.Equal(DiagnosticCodes.InlineMarkerLimit, warning.Code);
        Assert.Equal("p.md:9:1", warning.ToDiagnostic("p.md", 5).Location.ToString());
        Assert.Contains($"limit of {MarkdownLimits.MaxInlineMarkersPerBlock:N0}", warning.Message, StringComparison.Ordinal);
        Assert.Contains("MarkdownLimits.MaxInlineMarkersPerBlock", warning.Message, StringComparison.Ordinal);
        Assert.Contains("<p>*a* *a* ", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt; &amp; [x](javascript:y)</p>", rendered.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("<em>paragraph</em>", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("<em>that</em>", rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_at_the_marker_limit_is_rendered_as_markdown()
    {
        var markdown = Repeat("*a* ", (MarkdownLimits.MaxInlineMarkersPerBlock / 2) - 10);
        var rendered = MarkdownRenderer.For("/").Render(markdown);
        Assert.Empty(rendered.Warnings);
        Assert.Contains("<em>a</em>", rendered.Html, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> DeepShapes => new()
    {
        { "quotes", Repeat(">", 1000) + " deep text" },
        { "lists", Repeat("- ", 1000) + "deep text" },
        { "ordered lists", string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', 3 * i) + "1. level\n")) + "deep text" },
        { "quotes in lists", Repeat("- > ", 300) + "deep text" },
        { "unclosed brackets", Repeat("[", 400) + "deep text" },
        { "unclosed images", Repeat("![", 240) + "deep text" },
        { "emphasis run", Repeat("*", 1000) + "deep text" + Repeat("*", 1000) },
        { "nested emphasis", Repeat("*a _b ", 100) + "deep text" + Repeat(" c_ d*", 100) },
        { "table in quotes", Repeat(">", 100) + " | a |\n" + Repeat(">", 100) + " |---|\n" + Repeat(">", 100) + " | deep text |" },
        { "table of brackets", "| a |\n|---|\n| " + Repeat("[", 200) + "deep text |" },
    };

    [Theory]
    [MemberData(nameof(DeepShapes))]
    public void Deep_nesting_is_shown_as_text_with_a_warning_never_an_error(string shape, string deep)
    {
        var markdown = "# Title\n\nBefore *it*.\n\n" + deep + "\n\nAfter *it*.\n";
        var rendered = MarkdownRenderer.For("/").Render(markdown);
        Assert.Contains("deep text", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("<p>After <em>it</em>.</p>", rendered.Html, StringComparison.Ordinal);
        var warning = Assert.Single(rendered.Warnings);
        Assert.True(warning.Code is DiagnosticCodes.NestingLimit or DiagnosticCodes.InlineMarkerLimit, $"{shape}: {warning}");
        Assert.Contains("MarkdownLimits.", warning.Message, StringComparison.Ordinal);
        Assert.InRange(warning.Line, 4, 4 + deep.Count(c => c == '\n'));
    }

    [Fact]
    public void Links_run_together_without_spaces_are_bounded()
    {
        // Each unclosed destination would be read to the end of the word: the square of its length.
        var rendered = MarkdownRenderer.For("/").Render("Intro.\n\n" + Repeat("[a](", 20_000));
        var warning = Assert.Single(rendered.Warnings);
        Assert.Equal(DiagnosticCodes.InlineMarkerLimit, warning.Code);
        Assert.Contains("MarkdownLimits.MaxLinksPerWord", warning.Message, StringComparison.Ordinal);
        Assert.Contains("[a]([a](", rendered.Html, StringComparison.Ordinal);

        var glued = MarkdownRenderer.For("/").Render(Repeat("[a](/x/)", MarkdownLimits.MaxLinksPerWord) + " " + Repeat("[b](/y/)", MarkdownLimits.MaxLinksPerWord));
        Assert.Empty(glued.Warnings);
        Assert.Equal(2 * MarkdownLimits.MaxLinksPerWord, glued.Html.Split("<a href").Length - 1);
    }

    [Fact]
    public void Math_and_code_do_not_count_as_markers()
    {
        var markdown = Repeat("$x_1^2 + y_{*}$ and `a_b*c` ", 2 * MarkdownLimits.MaxInlineMarkersPerBlock);
        var rendered = MarkdownRenderer.For("/").Render(markdown);
        Assert.Empty(rendered.Warnings);
        Assert.Contains("<math", rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_with_more_bare_urls_than_the_limit_is_shown_as_plain_text()
    {
        var markdown = "Intro.\n\n" + Repeat("see https://example.org/x ", MarkdownLimits.MaxInlineMarkersPerBlock + 20);
        var rendered = MarkdownRenderer.For("/").Render(markdown);
        var warning = Assert.Single(rendered.Warnings);
        Assert.Equal(DiagnosticCodes.InlineMarkerLimit, warning.Code);
        Assert.Contains("bare URLs", warning.Message, StringComparison.Ordinal);
        Assert.Equal(2, warning.Line);
        Assert.DoesNotContain("<a ", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("see https://example.org/x see", rendered.Html, StringComparison.Ordinal);
    }

    private static (long Allocated, long Output) Measure(MarkdownRenderer renderer, string markdown)
    {
        renderer.Render(markdown);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var html = renderer.Render(markdown).Html;
        return (GC.GetAllocatedBytesForCurrentThread() - before, Encoding.UTF8.GetByteCount(html));
    }

    private static long Walked(string markdown, bool limited)
    {
        var meter = new ContainerDepthMeter();
        var builder = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().UseAutoLinks().DisableHtml();
        builder.InlineParsers.Insert(0, meter);
        if (limited)
        {
            builder.Extensions.Add(new InlineMarkerLimitExtension());
            builder.Extensions.Add(new NestingLimitExtension());
        }

        Markdown.ToHtml(markdown, builder.Build());
        return meter.Steps;
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
