using System.Text;
using PaperDigest.Theming;
using PaperDigest.Theming.Views;

namespace PaperDigest.Tests.Theming;

/// <summary>
/// A page rendered as the bytes of its file (body taken into the layout from its buffer, no string of the page made)
/// is the page rendered as text, encoded: with the compiled templates and with Scriban's interpreter, one page after
/// another on the same thread.
/// </summary>
public sealed class PageUtf8Tests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [Fact]
    public void The_bytes_of_a_page_are_its_text_encoded()
    {
        using var overlay = new ThemeOverlay();
        Assert.Empty(overlay.Errors);
        foreach (var theme in new[] { overlay.Theme!, overlay.Theme!.Interpreted() })
        {
            // A long body, then short ones: what the thread's buffers held before must not show.
            string[] bodies = [string.Concat(Enumerable.Repeat("<p>λ 😀 é</p>", 3000)), "<p>b</p>", "", "<p>\uD83D lone</p>"];
            string[] titles = ["<script>alert('x')</script> & \"q\" `t` a=b", "Plain", "語 ∑ 😀", "x"];
            for (var i = 0; i < bodies.Length; i++)
            {
                var site = ThemeOverlay.Site(titles[i]);
                var view = new FreePageView(site, titles[i], new TrustedHtml(bodies[i]));
                var meta = new PageMeta(titles[i], "d & <e>", "https://example.org/x/", "page", [], [HeadMetaView.Named("description", titles[i])]);
                var text = theme.RenderPage("page", view, site, meta);
                Assert.Contains(bodies[i], text, StringComparison.Ordinal);
                Assert.Equal(Utf8.GetBytes(text), theme.RenderPageUtf8("page", view, site, meta).ToArray());
            }
        }
    }
}
