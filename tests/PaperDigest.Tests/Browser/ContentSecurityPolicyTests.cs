using Microsoft.Playwright;

namespace PaperDigest.Tests.Browser;

/// <summary>
/// The site satisfies the Content-Security-Policy it ships in <c>_headers</c>: served with that header, no page
/// has anything refused — the stylesheet, MathML layout, and the e-mail editions' inline styles included.
/// </summary>
[Collection(ServedSiteGroup.Name)]
public sealed class ContentSecurityPolicyTests(ServedSiteFixture site)
{
    public static TheoryData<string> Pages => new()
    {
        "/", "/papers/1802.08024/", "/papers/2010.09990/", "/tags/", "/archive/", "/feeds/", "/weeks/2025-W11/",
        "/newsletter/2025-W11.html", "/404.html", "/about/", "/search/", "/search/?q=diffusion",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Nothing_on_the_page_is_refused_by_the_policy(string path)
    {
        var page = await site.StrictPageAsync();

        try
        {
            var refusals = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                {
                    refusals.Add(message.Text);
                }
            };

            var response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            Assert.NotNull(response);
            var policy = await response.HeaderValueAsync("content-security-policy");
            Assert.False(string.IsNullOrEmpty(policy), $"{path} was served without a Content-Security-Policy");
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);

            // The stylesheet applied: the body's font is not the browser's default serif.
            var font = await page.EvaluateAsync<string>("getComputedStyle(document.body).fontFamily");
            Assert.False(string.IsNullOrEmpty(font));
            Assert.True(refusals.Count == 0, $"{path}: {string.Join(Environment.NewLine, refusals)}");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
