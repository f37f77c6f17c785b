using Microsoft.Playwright;
using PaperDigest.Tests.Browser;

namespace PaperDigest.Tests.Serve;

/// <summary>
/// Saves in a row under a running <c>paperdigest serve</c>, which keeps the site's model in memory between rebuilds:
/// each reaches a paper's page open in Chromium through live reload, an entry edit, then a template edit, then another
/// entry edit rendered with the edited template. Not timed: the benchmark's <c>--serve</c> measures how fast.
/// </summary>
public sealed class ServeEditSequenceTests(ITestOutputHelper log)
{
    private const string Entry = "papers/2025/2309.05153.md";
    private const string Title = "Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood";

    [Fact]
    public async Task An_entry_edit_a_template_edit_and_another_entry_edit_each_reach_an_open_page()
    {
        TestTools.Require(TestTools.Chromium);

        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepoPaths.Input, "input");
        var theme = temp.CopyFrom(RepoPaths.Theme, "theme");
        var entry = Path.Combine(input, Entry);
        var partial = Path.Combine(theme, "partials", "chips.sbn-html");
        var (originalEntry, originalPartial) = (File.ReadAllText(entry), File.ReadAllText(partial));

        using var serve = ServeProcess.Start(temp.Path, temp.Combine("tmp"), "--input", input, "--theme", theme);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        try
        {
            await serve.WaitUntilServingAsync(http, TimeSpan.FromSeconds(60));
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await HeadlessChromium.LaunchAsync(playwright);
            var page = await browser.NewPageAsync();
            page.SetDefaultTimeout(45_000);
            await page.GotoAsync(new Uri(serve.BaseUrl, "papers/2309.05153/").ToString());
            Assert.Equal(Title, (await page.Locator("h1").TextContentAsync())?.Trim());

            await SaveAndWaitAsync(page, entry, originalEntry.Replace(Title, "First Edit", StringComparison.Ordinal), "h1", "First Edit");
            await SaveAndWaitAsync(page, partial, originalPartial + "<p class=\"template-edit\">Edited Template</p>", ".template-edit", "Edited Template");
            await SaveAndWaitAsync(page, entry, originalEntry.Replace(Title, "Second Edit", StringComparison.Ordinal), "h1", "Second Edit");
            Assert.Equal("Edited Template", (await page.Locator(".template-edit").TextContentAsync())?.Trim());
        }
        finally
        {
            log.WriteLine(serve.Output);
        }
    }

    /// <summary>Marks the open document, saves the file, then waits for a new document showing <paramref name="text"/> in <paramref name="selector"/>.</summary>
    private static async Task SaveAndWaitAsync(IPage page, string path, string content, string selector, string text)
    {
        // The open page may still be reloading for the last save (its preview first, then the rebuild when that shows
        // more): the mark goes on whichever document is there once it has loaded.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await page.WaitForLoadStateAsync(LoadState.Load);
                await page.EvaluateAsync("() => { window.__beforeTheSave = true; }");
                break;
            }
            catch (PlaywrightException ex) when (attempt < 10 && ex.Message.Contains("context was destroyed", StringComparison.Ordinal))
            {
                // A navigation replaced the document while it was being marked; mark the new one.
            }
        }

        File.WriteAllText(path, content);
        await page.WaitForFunctionAsync(
            "([s, t]) => window.__beforeTheSave !== true && document.querySelector(s)?.textContent.trim() === t", new[] { selector, text });
    }
}
