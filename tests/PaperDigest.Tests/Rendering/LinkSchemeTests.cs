using AngleSharp.Html.Parser;
using PaperDigest.Diagnostics;
using PaperDigest.Rendering;
using PaperDigest.Rendering.Links;

namespace PaperDigest.Tests.Rendering;

/// <summary>
/// One rule for every URL of a write-up: http, https, mailto and relative pass; any other scheme, however it is
/// spelled, is shown as text with a PD0121 warning at the link's line and column.
/// </summary>
public sealed class LinkSchemeTests
{
    // xunit runs public methods only and LinkKind is internal: the value arrives as an Enum.
    public static TheoryData<string, Enum> Allowed => new()
    {
        { "https://example.org/a?b#c", LinkKind.Web },
        { "http://example.org", LinkKind.Web },
        { "HTTPS://EXAMPLE.ORG", LinkKind.Web },
        { "  \thttp://example.org", LinkKind.Web },
        { "mailto:editor@example.org", LinkKind.Mail },
        { "MailTo:editor@example.org", LinkKind.Mail },
        { "/papers/x/", LinkKind.SiteAbsolute },
        { "//example.org/x", LinkKind.ProtocolRelative },
        { "\\\\example.org/x", LinkKind.ProtocolRelative },
        { "/\\example.org/x", LinkKind.ProtocolRelative },
        { "/\t/example.org", LinkKind.ProtocolRelative },
        { "#section-2", LinkKind.Relative },
        { "#a:b", LinkKind.Relative },
        { "?q=a:b", LinkKind.Relative },
        { "../other/", LinkKind.Relative },
        { "./a:b", LinkKind.Relative },
        { "figure.png", LinkKind.Relative },
        { "", LinkKind.Relative },
        { ":no-scheme", LinkKind.Relative },
        // What a browser reads from href="javascript&amp;#58;x": a path, no scheme.
        { "javascript&#58;x", LinkKind.Relative },
    };

    public static TheoryData<string, string> Refused => new()
    {
        { "javascript:alert(1)", "javascript" },
        { "JaVaScRiPt:alert(1)", "javascript" },
        { "  javascript:alert(1)", "javascript" },
        { "\u0001\u001Fjavascript:alert(1)", "javascript" },
        { "java\tscript:alert(1)", "javascript" },
        { "java\nscript:alert(1)", "javascript" },
        { "java\rscript:alert(1)", "javascript" },
        { "java\u200Bscript:alert(1)", "javascript" },
        { "java script:alert(1)", "javascript" },
        { "\u00A0javascript:alert(1)", "javascript" },
        { "vbscript:msgbox(1)", "vbscript" },
        { "data:text/html,<script>alert(1)</script>", "data" },
        { "DATA:image/svg+xml;base64,PHN2Zz4=", "data" },
        { "file:///etc/passwd", "file" },
        { "ftp://example.org/x", "ftp" },
        { "tel:+123", "tel" },
        { "custom-app:open", "custom-app" },
        { "java%73cript:alert(1)", "java%73cript" },
        { "a:b", "a" },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Allowed_urls_keep_their_kind(string url, Enum kind)
    {
        var target = LinkTarget.Of(url);
        Assert.True(target.IsAllowed, $"'{url}' was refused");
        Assert.Equal((LinkKind)kind, target.Kind);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Other_schemes_are_refused_however_they_are_spelled(string url, string scheme)
    {
        var target = LinkTarget.Of(url);
        Assert.Equal(LinkKind.Unsafe, target.Kind);
        Assert.Equal(scheme, target.Scheme);
    }

    public static TheoryData<string, string> HostileMarkdown => new()
    {
        { "[click](javascript:alert(1))", "click" },
        { "[click](JAVASCRIPT:alert(1))", "click" },
        { "[click](&#106;avascript:alert(1))", "click" },
        { "[click](&#x6A;avascript:alert(1))", "click" },
        { "[click](jav&#x09;ascript:alert(1))", "click" },
        { "[click](javascript&colon;alert(1))", "click" },
        { "[click](javascript\\:alert(1))", "click" },
        { "[click](<java script:alert(1)>)", "click" },
        { "[click](<  javascript:alert(1)>)", "click" },
        { "[click](vbscript:msgbox(1))", "click" },
        { "[click](data:text/html;base64,PHNjcmlwdD4=)", "click" },
        { "[click](file:///etc/passwd)", "click" },
        { "![a chart](data:image/svg+xml,x)", "a chart" },
        { "![a chart](javascript:alert(1))", "a chart" },
        { "<javascript:alert(1)>", "javascript:alert(1)" },
        { "<VBSCRIPT:msgbox(1)>", "VBSCRIPT:msgbox(1)" },
        { "<ftp://example.org/x>", "ftp://example.org/x" },
        { "see ftp://example.org/x now", "ftp://example.org/x" },
        { "call tel:+123456 now", "tel:+123456" },
        { "[click][hostile]\n\n[hostile]: javascript:alert(1)", "click" },
        { "[hostile]\n\n[hostile]: data:text/html,x", "hostile" },
        { "[![inner](javascript:alert(1))](javascript:alert(2))", "inner" },
        { "| a | b |\n|---|---|\n| [click](javascript:alert(1)) | x |", "click" },
        { "> - [click](javascript:alert(1))", "click" },
        { "## Heading [click](javascript:alert(1))", "click" },
        { "Footnote[^1]\n\n[^1]: [click](javascript:alert(1))", "click" },
    };

    [Theory]
    [MemberData(nameof(HostileMarkdown))]
    public void A_refused_link_is_shown_as_its_text_with_a_warning(string markdown, string text)
    {
        var rendered = MarkdownRenderer.For("/").Render(markdown);
        var document = new HtmlParser().ParseDocument(rendered.Html);
        var urls = document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        Assert.All(urls, url => Assert.True(LinkTarget.Of(url).IsAllowed, $"'{url}' reached the HTML: {rendered.Html}"));
        Assert.All(urls, url => Assert.False(HostileSchemes.Starts(url), $"'{url}' reached the HTML: {rendered.Html}"));
        Assert.Contains(text, document.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(rendered.Warnings);
        Assert.All(rendered.Warnings, w => Assert.Equal(DiagnosticCodes.UnsafeLinkScheme, w.Code));
        Assert.All(rendered.Warnings, w => Assert.Contains("only http, https, mailto and relative links are allowed", w.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Safe_links_stay_links_without_a_warning()
    {
        const string markdown = """
            [web](https://example.org/a?b=1&c=2) [plain](http://example.org) [mail](mailto:a@example.org) <a@example.org>
            <https://example.org/auto> https://example.org/bare www.example.org [here](#results) [there](../x/) [site](/papers/x/)
            ![figure](figure.png) [proto](//example.org/p)
            """;
        var rendered = MarkdownRenderer.For("/digest/").Render(markdown);
        Assert.Empty(rendered.Warnings);
        var hrefs = new HtmlParser().ParseDocument(rendered.Html).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(
            ["https://example.org/a?b=1&c=2", "http://example.org", "mailto:a@example.org", "mailto:a@example.org", "https://example.org/auto",
             "https://example.org/bare", "http://www.example.org", "#results", "../x/", "/digest/papers/x/", "//example.org/p"],
            hrefs);
        Assert.Contains("src=\"figure.png\"", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"//example.org/p\" rel=\"noopener\"", rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_warning_names_the_line_and_column_of_the_link_in_the_file()
    {
        const string markdown = "First paragraph.\n\n> quoted [bad](javascript:alert(1)) and\n> <data:text/html,x>\n\n[ref link][r]\n\n[r]: vbscript:x\n";
        var warnings = MarkdownRenderer.For("/").Render(markdown).Warnings.Select(w => w.ToDiagnostic("papers/2025/x.md", 10)).ToList();
        Assert.Equal(
            [
                "papers/2025/x.md:12:10: warning PD0121: link to 'javascript:alert(1)' uses the scheme 'javascript'; only http, https, mailto and relative links are allowed, so it is shown as plain text",
                "papers/2025/x.md:13:3: warning PD0121: link to 'data:text/html,x' uses the scheme 'data'; only http, https, mailto and relative links are allowed, so it is shown as plain text",
                "papers/2025/x.md:15:1: warning PD0121: link to 'vbscript:x' uses the scheme 'vbscript'; only http, https, mailto and relative links are allowed, so it is shown as plain text (its reference definition is on line 17)",
            ],
            warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void A_long_refused_url_is_quoted_shortened_and_control_characters_are_shown_escaped()
    {
        var markdown = "[x](<java\u001Bscript:" + new string('a', 500) + ">)";
        var warning = Assert.Single(MarkdownRenderer.For("/").Render(markdown).Warnings).ToDiagnostic("p.md", 1);
        Assert.Contains("java\\u001Bscript:aaa", warning.Message, StringComparison.Ordinal);
        Assert.Contains("…", warning.Message, StringComparison.Ordinal);
        Assert.True(warning.Message.Length < 300, warning.Message);
    }

    [Fact]
    public void The_summary_and_internal_links_never_carry_a_refused_url()
    {
        var renderer = MarkdownRenderer.For("/");
        const string markdown = "See [the code](javascript:alert(1)) and </papers/x/> and [y](/papers/y/).";
        Assert.Equal("See the code and </papers/x/> and y.", renderer.Excerpt(markdown));
        Assert.Equal(["/papers/y/"], renderer.InternalLinks(markdown, "p.md", 1).Select(l => l.Url));
    }
}
