using PaperDigest.Feeds;
using PaperDigest.Rendering;

namespace PaperDigest.Tests.Feeds;

/// <summary>A feed item's write-up with its URLs relative to the site made absolute, from where rendering noted them.</summary>
public sealed class AbsoluteUrlsTests
{
    private const string Origin = "https://example.org";
    private const string Page = "https://example.org/digest/papers/x/";

    private static string Feed(string markdown, bool allowHtml = false)
    {
        var rendered = MarkdownRenderer.For("/digest/", allowHtml).Render(markdown);
        using var store = WriteUpStore.Temporary();
        return AbsoluteUrls.Make(store.Add(rendered.Html, rendered.Urls), Origin, Page);
    }

    [Fact]
    public void Site_paths_get_the_origin_and_fragments_the_page_address()
    {
        var html = Feed("[a](/papers/y/) ![i](/img.png) [f](#sec) [e](https://x.org/) [p](//host/x) [r](rel/x) [m](mailto:a@b.org) </x@example.org> [ref]\n\n[ref]: /papers/z/");
        Assert.Equal(
            "<p><a href=\"https://example.org/digest/papers/y/\">a</a> <img src=\"https://example.org/digest/img.png\" alt=\"i\" /> "
            + "<a href=\"https://example.org/digest/papers/x/#sec\">f</a> <a href=\"https://x.org/\" rel=\"noopener\">e</a> "
            + "<a href=\"//host/x\" rel=\"noopener\">p</a> <a href=\"rel/x\">r</a> <a href=\"mailto:a@b.org\">m</a> "
            + "<a href=\"mailto:/x@example.org\">/x@example.org</a> <a href=\"https://example.org/digest/papers/z/\">ref</a></p>\n",
            html);
    }

    [Fact]
    public void Footnote_links_point_into_the_page()
    {
        var html = Feed("Text[^1].\n\n[^1]: A note.");
        Assert.Contains("href=\"https://example.org/digest/papers/x/#fn:1\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/digest/papers/x/#fnref:1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_looks_like_a_link_is_left_as_it_is()
    {
        Assert.Equal("<pre><code>&lt;a href=&quot;/x/&quot;&gt;\n</code></pre>\n<p>&lt;a href=&quot;/y/&quot;&gt;</p>\n", Feed("    <a href=\"/x/\">\n\n<a href=\"/y/\">"));
    }

    [Fact]
    public void Raw_html_a_digest_allows_has_its_links_made_absolute_too()
    {
        Assert.Equal(
            "<p>See <a href=\"https://example.org/raw/\">raw</a> <span data-x=\"/no/\">.</span></p>\n<div>\n<img\nsrc=\"https://example.org/digest/papers/x/#f\">\n</div>\n",
            Feed("See <a href=\"/raw/\">raw</a> <span data-x=\"/no/\">.</span>\n\n<div>\n<img\nsrc=\"#f\">\n</div>", allowHtml: true));
    }

    [Fact]
    public void Html_made_in_memory_has_no_noted_urls_and_is_left_as_it_is()
    {
        WriteUpHtml html = "<p><a href=\"/x/\">x</a></p>";
        Assert.Equal("<p><a href=\"/x/\">x</a></p>", AbsoluteUrls.Make(html, Origin, Page));
    }
}
