using Microsoft.Playwright;
using PaperDigest.Building;

namespace PaperDigest.Tests.Browser;

/// <summary>
/// The sample digest built once into a temporary folder, served on <c>http://127.0.0.1:PORT/</c> by
/// <see cref="StaticSiteServer"/>, and one headless Debian Chromium driven by Playwright, shared by the test classes of
/// <see cref="ServedSiteGroup"/>. Chromium starts on first use, so tests that only need the built files (the Nu
/// checker) do not wait for it; each <see cref="Look"/> gets one browser context and one page, reused by the tests
/// (tests of one collection run one after another).
/// </summary>
public sealed class ServedSiteFixture : IAsyncLifetime
{
    /// <summary>We run as root (no sandbox) on machines with no GPU and no internet to reach.</summary>
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly TempFolder temp = new();
    private readonly Dictionary<Look, IPage> pages = [];
    private StaticSiteServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private SamplePages? samplePages;

    /// <summary>The folder the sample was built into.</summary>
    public string Output => temp.Combine("site");

    /// <summary>Where the site is served, ending in '/'.</summary>
    public Uri BaseUrl => server?.BaseUrl ?? throw new InvalidOperationException("the site is not served yet");

    internal SamplePages Pages => samplePages ?? throw new InvalidOperationException("the site is not built yet");

    public async ValueTask InitializeAsync()
    {
        var result = SiteBuilder.Build(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, Output) { MadeFiles = SharedImages.Memo });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the sample digest should build without errors:\n" + string.Join('\n', result.Diagnostics));
        }

        samplePages = SamplePages.Find(Output);
        server = await StaticSiteServer.StartAsync(Output);
    }

    /// <summary>
    /// The page of <paramref name="look"/>, opened on first use. When Chromium is missing the test is skipped
    /// (under CI it fails instead, see <see cref="TestTools"/>).
    /// </summary>
    public async Task<IPage> PageAsync(Look look)
    {
        TestTools.Require(TestTools.Chromium);

        if (pages.TryGetValue(look, out var page))
        {
            return page;
        }

        browser ??= await LaunchAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = look.Width, Height = look.Height },
            ColorScheme = look.Scheme,
            IsMobile = look.Phone,
            HasTouch = look.Phone,
            JavaScriptEnabled = look.JavaScript,
            ReducedMotion = ReducedMotion.Reduce,
            Locale = "en-GB",
            // axe is injected as an inline script, which the site's Content-Security-Policy rightly refuses;
            // CspTests use StrictPageAsync, which keeps the policy.
            BypassCSP = true,
        });

        // Everything is local: a step that waits longer than this is a failure, not a slow network.
        // Generous: CI machines are shared and a first navigation can wait on a cold server.
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(45_000);
        page = await context.NewPageAsync();
        pages[look] = page;
        return page;
    }

    /// <summary>A fresh desktop page that enforces the site's Content-Security-Policy; the caller closes its context.</summary>
    public async Task<IPage> StrictPageAsync()
    {
        TestTools.Require(TestTools.Chromium);
        browser ??= await LaunchAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl.ToString() });
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(45_000);
        return await context.NewPageAsync();
    }

    /// <summary>Closes Chromium and the server, then deletes the built site (xunit v3 calls only this, never a Dispose beside it).</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var page in pages.Values)
        {
            await page.Context.CloseAsync();
        }

        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        temp.Dispose();
    }

    private async Task<IBrowser> LaunchAsync()
    {
        playwright ??= await Playwright.CreateAsync();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestTools.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
    }
}
