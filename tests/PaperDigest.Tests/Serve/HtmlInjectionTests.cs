using PaperDigest.Cli.Serve;

namespace PaperDigest.Tests.Serve;

/// <summary>The live-reload script goes into served HTML pages, before the closing body tag, and nowhere else.</summary>
public sealed class HtmlInjectionTests
{
    private const string Tag = "<script src=\"/__paperdigest/live.js\" defer></script>";

    [Fact]
    public void The_script_goes_right_before_the_closing_body_tag()
    {
        var html = "<!DOCTYPE html><html><head><title>x</title></head><body><p>Hi</p></body></html>\n";
        Assert.Equal($"<!DOCTYPE html><html><head><title>x</title></head><body><p>Hi</p>{Tag}</body></html>\n", HtmlInjection.Inject(html, Tag));
    }

    [Fact]
    public void Only_the_last_closing_body_tag_counts_so_one_quoted_in_the_page_is_left_alone()
    {
        var html = "<body><pre><code>&lt;/body&gt; and </body> in a sample</code></pre></BODY ></html>";
        var injected = HtmlInjection.Inject(html, Tag);
        Assert.Equal($"<body><pre><code>&lt;/body&gt; and </body> in a sample</code></pre>{Tag}</BODY ></html>", injected);
    }

    [Fact]
    public void A_page_without_a_closing_body_tag_gets_the_script_at_the_end()
    {
        Assert.Equal($"<p>fragment</p>{Tag}", HtmlInjection.Inject("<p>fragment</p>", Tag));
        Assert.Equal(Tag, HtmlInjection.Inject("", Tag));
    }

    [Fact]
    public void The_tag_is_an_external_deferred_script_carrying_the_build_it_belongs_to()
    {
        var tag = HtmlInjection.ScriptTag("ab12cd34.7");
        Assert.Equal("<script src=\"/__paperdigest/live.js\" data-build=\"ab12cd34.7\" defer></script>", tag);
        Assert.DoesNotContain("<script>", tag, StringComparison.Ordinal);
        Assert.Contains("&quot;", HtmlInjection.ScriptTag("\"><script>"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/site/index.html", true)]
    [InlineData("/site/404.html", true)]
    [InlineData("/site/old.HTM", true)]
    [InlineData("/site/newsletter/2025-W11.html", true)]
    [InlineData("/site/feed.xml", false)]
    [InlineData("/site/feed.json", false)]
    [InlineData("/site/newsletter/2025-W11.txt", false)]
    [InlineData("/site/assets/site.css", false)]
    [InlineData("/site/papers/x/cite.bib", false)]
    public void Only_html_files_get_the_script(string path, bool html) => Assert.Equal(html, HtmlInjection.IsHtml(path));
}
