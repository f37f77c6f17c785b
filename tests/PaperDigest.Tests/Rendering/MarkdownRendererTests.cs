using PaperDigest.Rendering;

namespace PaperDigest.Tests.Rendering;

/// <summary>One pipeline per configuration, and renderers reused from document to document without carrying anything over.</summary>
public sealed class MarkdownRendererTests
{
    private const string Markdown = "# Title\n\nSee [x](/papers/x/) and $a^2$[^1].\n\n[^1]: A note.";

    [Fact]
    public void A_configuration_has_one_renderer()
    {
        Assert.Same(MarkdownRenderer.For("/digest/"), MarkdownRenderer.For("/digest/"));
        Assert.NotSame(MarkdownRenderer.For("/digest/"), MarkdownRenderer.For("/digest/", allowHtml: true));
        Assert.NotSame(MarkdownRenderer.For("/digest/"), MarkdownRenderer.For("/"));
    }

    [Fact]
    public void Documents_rendered_one_after_another_and_on_many_threads_come_out_alike()
    {
        var root = MarkdownRenderer.For("/").Render(Markdown);
        var digest = MarkdownRenderer.For("/digest/").Render(Markdown);
        Assert.Contains("href=\"/papers/x/\"", root.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/digest/papers/x/\"", digest.Html, StringComparison.Ordinal);

        var results = new RenderedMarkdown[64];
        Parallel.For(0, results.Length, i => results[i] = MarkdownRenderer.For(i % 2 == 0 ? "/" : "/digest/").Render(Markdown));
        for (var i = 0; i < results.Length; i++)
        {
            var expected = i % 2 == 0 ? root : digest;
            Assert.Equal(expected.Html, results[i].Html);
            Assert.Equal(expected.Urls.Marks.ToArray(), results[i].Urls.Marks.ToArray());
            Assert.Equal(expected.Text, results[i].Text);
        }
    }
}
