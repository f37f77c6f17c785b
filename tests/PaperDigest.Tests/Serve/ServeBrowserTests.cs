using Microsoft.Playwright;
using PaperDigest.Tests.Browser;

namespace PaperDigest.Tests.Serve;

/// <summary>
/// An editor's open tab in Chromium while <c>paperdigest serve</c> runs: it reloads by itself after an edit, shows a
/// build error over the page naming the file and line, and clears it when the entry is fixed. The page is served with
/// a strict Content-Security-Policy (no inline script or style), as a site may deploy with.
/// </summary>
public sealed class ServeBrowserTests(ITestOutputHelper log)
{
    private const string Entry = "papers/2025/2309.05153.md";
    private const string OriginalTitle = "Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood";
    private const string TagLine = "tags: [energy-based-models, diffusion-models]";

    private const string StrictPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

    /// <summary>As <see cref="ServedSiteFixture"/>: we run as root with no GPU and no internet.</summary>
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    [Fact]
    public async Task An_open_page_reloads_itself_after_an_edit_and_shows_a_build_error_over_the_page_until_it_is_fixed()
    {
        TestTools.Require(TestTools.Chromium);

        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepoPaths.Input, "input");
        var theme = temp.CopyFrom(RepoPaths.Theme, "theme");
        var entry = Path.Combine(input, Entry);
        var original = File.ReadAllText(entry);

        using var serve = ServeProcess.Start(temp.Path, temp.Combine("tmp"), "--input", input, "--theme", theme);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        try
        {
            await serve.WaitUntilServingAsync(http, TimeSpan.FromSeconds(60));

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = TestTools.ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
                Timeout = 60_000,
            });
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 800 } });
            context.SetDefaultTimeout(30_000);
            context.SetDefaultNavigationTimeout(45_000);
            var page = await context.NewPageAsync();
            var scriptErrors = new List<string>();
            page.PageError += (_, error) => scriptErrors.Add(error);
            page.Console += (_, message) =>
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal) && message.Text.Contains("script", StringComparison.Ordinal))
                {
                    scriptErrors.Add(message.Text);
                }
            };

            var pageUrl = new Uri(serve.BaseUrl, "papers/2309.05153/").ToString();
            await page.RouteAsync(pageUrl, async route =>
            {
                var response = await route.FetchAsync();
                var headers = new Dictionary<string, string>(response.Headers) { ["content-security-policy"] = StrictPolicy };
                await route.FulfillAsync(new RouteFulfillOptions { Response = response, Headers = headers });
            });

            var navigations = 0;
            page.FrameNavigated += (_, frame) =>
            {
                if (frame == page.MainFrame)
                {
                    Interlocked.Increment(ref navigations);
                }
            };
            var statusAsked = page.WaitForResponseAsync(r => r.Url.EndsWith("/__paperdigest/status", StringComparison.Ordinal));
            var loaded = await page.GotoAsync(pageUrl);
            Assert.Equal(200, loaded?.Status);
            Assert.Equal(StrictPolicy, (await loaded!.AllHeadersAsync())["content-security-policy"]);
            var h1 = page.Locator("h1");
            Assert.Equal(OriginalTitle, (await h1.TextContentAsync())?.Trim());
            await page.EvaluateAsync("() => { window.__servedBeforeTheEdit = true; }");

            // Up to date, the page stays put: no reload without a change.
            await statusAsked;
            await Task.Delay(1500, TestContext.Current.CancellationToken);
            Assert.Equal(1, navigations);

            // Edit the title on disk: the page reloads by itself (the test does not navigate) and shows it.
            const string edited = "Reloaded by Itself: An Edited Title";
            var editedText = original.Replace($"title: \"{OriginalTitle}\"", $"title: \"{edited}\"", StringComparison.Ordinal);
            File.WriteAllText(entry, editedText);
            // On a reloaded document (the mark set on the old one is gone): a title patched into the old document, without a
            // reload, never satisfies this and the wait fails. Asked in one wait, as the server may reload the page twice
            // (the previewed page, then the finished build's), and a separate question could meet a document going away.
            await page.WaitForFunctionAsync("t => window.__servedBeforeTheEdit !== true && document.querySelector('h1')?.textContent.trim() === t", edited);

            // Break the entry: the overlay names the file and the line; the last good page stays under it.
            File.WriteAllText(entry, editedText.Replace(TagLine, "tags: [energy-based-models, difusion-models]", StringComparison.Ordinal));
            var overlay = page.Locator("#__paperdigest-overlay");
            await overlay.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
            var overlayText = await overlay.InnerTextAsync();
            Assert.Matches(@"papers/2025/2309\.05153\.md:5:\d+: error PD0103: unknown tag 'difusion-models'", overlayText);
            Assert.Contains("build failed", overlayText, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(edited, (await h1.TextContentAsync())?.Trim());
            Directory.CreateDirectory(ScreenshotFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, "serve-build-error-overlay.png") });

            // A page opened while the build is broken shows the overlay too.
            var late = await context.NewPageAsync();
            await late.GotoAsync(new Uri(serve.BaseUrl, "tags/").ToString());
            await late.Locator("#__paperdigest-overlay").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
            await late.CloseAsync();

            // Fixed: the page reloads, without the overlay.
            const string fixedTitle = "Reloaded by Itself: Fixed Again";
            File.WriteAllText(entry, editedText.Replace($"title: \"{edited}\"", $"title: \"{fixedTitle}\"", StringComparison.Ordinal));
            await page.WaitForFunctionAsync("t => document.querySelector('h1')?.textContent.trim() === t", fixedTitle);
            await overlay.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });

            Assert.True(scriptErrors.Count == 0, "the page reported script errors:\n" + string.Join('\n', scriptErrors));
        }
        finally
        {
            log.WriteLine(serve.Output);
        }
    }
}
