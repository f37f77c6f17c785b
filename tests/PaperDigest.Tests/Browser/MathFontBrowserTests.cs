namespace PaperDigest.Tests.Browser;

/// <summary>
/// The math font in Chromium, under the site's Content-Security-Policy: a paper page with formulas fetches
/// <c>math.css</c> and the font and sets its MathML in it; a page without formulas fetches neither. (That the policy
/// refuses nothing on a page with formulas, the font included, is <see cref="ContentSecurityPolicyTests"/>' check.)
/// </summary>
[Collection(ServedSiteGroup.Name)]
public sealed class MathFontBrowserTests(ServedSiteFixture site)
{
    private const string Resources = "() => performance.getEntriesByType('resource').map(r => new URL(r.name).pathname)";

    [Fact]
    public async Task A_page_with_formulas_loads_the_math_font_and_sets_its_math_in_it()
    {
        var page = await site.StrictPageAsync();
        try
        {
            await page.GotoAsync(PaperPage(withMath: true));
            // Wait for the font the math asks for, then read what the browser did.
            await page.EvaluateAsync("async () => { await document.fonts.load('16px \"PaperDigest Math\"', '∑'); await document.fonts.ready; }");

            var fetched = await page.EvaluateAsync<string[]>(Resources);
            Assert.Contains(fetched, path => path.StartsWith("/assets/math.", StringComparison.Ordinal) && path.EndsWith(".css", StringComparison.Ordinal));
            Assert.Contains(fetched, path => path.StartsWith("/assets/fonts/paperdigest-math.", StringComparison.Ordinal) && path.EndsWith(".woff2", StringComparison.Ordinal));
            Assert.True(await page.EvaluateAsync<bool>(
                "() => [...document.fonts].some(f => f.family.replace(/\"/g, '') === 'PaperDigest Math' && f.status === 'loaded')"),
                "the PaperDigest Math face should be loaded");
            var family = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('math')).fontFamily");
            Assert.StartsWith("\"PaperDigest Math\"", family, StringComparison.Ordinal);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_page_without_formulas_fetches_neither_the_math_style_sheet_nor_the_font()
    {
        var page = await site.StrictPageAsync();
        try
        {
            await page.GotoAsync(PaperPage(withMath: false));
            await page.EvaluateAsync("async () => { await document.fonts.ready; }");
            var fetched = await page.EvaluateAsync<string[]>(Resources);
            Assert.Contains(fetched, path => path.StartsWith("/assets/site.", StringComparison.Ordinal));
            Assert.DoesNotContain(fetched, path => path.StartsWith("/assets/math.", StringComparison.Ordinal) || path.StartsWith("/assets/fonts/", StringComparison.Ordinal));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>The first paper page of the built sample whose write-up has (or has no) MathML.</summary>
    private string PaperPage(bool withMath)
    {
        var papers = Path.Combine(site.Output, "papers");
        var folder = Directory.EnumerateDirectories(papers).Order(StringComparer.Ordinal)
            .First(d => File.Exists(Path.Combine(d, "index.html"))
                && File.ReadAllText(Path.Combine(d, "index.html")).Contains("<math", StringComparison.Ordinal) == withMath);
        return $"/papers/{Path.GetFileName(folder)}/";
    }
}
