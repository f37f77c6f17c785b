using Microsoft.Playwright;
using PaperDigest.Building;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Browser;

/// <summary>
/// The reading layout in Chromium: the header's search box stays on the header's row on desktop widths and whole on a
/// phone, wide math and tables scroll in their own box on a 390 px phone, separators of inline lists never start a
/// line, and the search page does not move under the reader (cumulative layout shift).
/// </summary>
[Collection(ServedSiteGroup.Name)]
public sealed class ReadingLayoutTests(ServedSiteFixture site)
{
    /// <summary>A formula far wider than a phone and a table of many columns.</summary>
    private const string WideBody = """
        The whole expansion, written out:

        $$
        Z = \sum_{n=0}^{\infty} \frac{\beta^n}{n!} \left( a_1 b_1 + a_2 b_2 + a_3 b_3 + a_4 b_4 + a_5 b_5 + a_6 b_6 + a_7 b_7 + a_8 b_8 + a_9 b_9 + a_{10} b_{10} + a_{11} b_{11} + a_{12} b_{12} \right)^n
        $$

        | Model | Parameters | Training set | Validation loss | Test loss | Energy error | Force error | Wall time | Memory | Notes on the configuration |
        |---|---|---|---|---|---|---|---|---|---|
        | baseline-transformer-large | 1,200,000,000 | OC20-all-relaxations | 0.0312345 | 0.0323456 | 0.4567 eV | 0.0345 eV/Å | 1234 GPU-hours | 80 GiB | trained with the longest schedule we could afford |
        """;

    [Theory]
    [InlineData(1024)]
    [InlineData(1280)]
    [InlineData(1440)]
    public async Task On_desktop_widths_the_header_search_box_is_on_the_row_of_the_site_title(int width)
    {
        var page = await site.StrictPageAsync();
        try
        {
            await page.SetViewportSizeAsync(width, 800);
            await page.GotoAsync(SamplePages.Home);
            var title = await Box(page, ".site-title");
            var form = await Box(page, ".site-search");
            var input = await Box(page, ".site-search-input");
            var button = await Box(page, ".site-search-button");
            Assert.True(Math.Abs(Middle(form) - Middle(title)) < 8, $"at {width} px the search box is at y={form.Y}, the title at y={title.Y}");
            Assert.Equal(input.Y, button.Y, 1.0);
            Assert.True(form.X + form.Width <= width, $"at {width} px the search box ends at x={form.X + form.Width}");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task On_a_phone_the_header_search_box_keeps_its_button_beside_it_within_the_screen()
    {
        var page = await site.PageAsync(Look.Phone390);
        await page.GotoAsync(SamplePages.Home);
        var input = await Box(page, ".site-search-input");
        var button = await Box(page, ".site-search-button");
        Assert.Equal(input.Y, button.Y, 1.0);
        Assert.True(button.X + button.Width <= 390, $"the search button ends at x={button.X + button.Width}");
    }

    [Fact]
    public async Task On_a_phone_wide_math_and_tables_scroll_in_their_own_box_and_the_page_does_not()
    {
        TestTools.Require(TestTools.Chromium);
        using var temp = new TempFolder();
        var input = TinyDigest.Create(temp.Combine("in"), TinyDigest.SiteYml, TinyDigest.TagsYml,
            ("2025/wide.md", TinyDigest.Entry("A paper with wide math and a wide table", "2025-01-10", WideBody, extra: "slug: wide\n")));
        var result = SiteBuilder.Build(new BuildOptions(input, Path.Combine(input, "theme"), temp.Combine("out")));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        await using var server = await StaticSiteServer.StartAsync(temp.Combine("out"));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true });
        await page.GotoAsync(new Uri(server.BaseUrl, "papers/wide/").ToString());

        Assert.Equal(1, await page.Locator("math[display=block]").CountAsync());
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390,
            "the page is wider than the phone: " + await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        foreach (var box in new[] { "div.math", ".write-up table" })
        {
            var scrolls = await page.Locator(box).EvaluateAsync<bool>(
                "e => e.scrollWidth > e.clientWidth && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && e.getBoundingClientRect().right <= 390");
            Assert.True(scrolls, $"{box} should be a box that scrolls sideways within the screen");
        }
    }

    [Theory]
    [InlineData(SamplePages.Home)]
    [InlineData("/tags/diffusion-models/")]
    [InlineData("/papers/2010.09990/")]
    [InlineData("/authors/zachary-ulissi/")]
    public async Task On_a_phone_no_separator_starts_or_ends_a_line(string path)
    {
        var page = await site.PageAsync(Look.Phone390);
        await page.GotoAsync(path);
        var problems = await page.EvaluateAsync<string[]>("""
            () => {
              const problems = [];
              for (const list of document.querySelectorAll('.inline-list')) {
                const items = [...list.children].filter(e => e.getBoundingClientRect().width > 0);
                const edge = list.getBoundingClientRect().left;
                const start = Math.min(...items.map(e => e.getBoundingClientRect().left));
                for (const item of items) {
                  const dot = getComputedStyle(item, '::before');
                  const dotLeft = item.getBoundingClientRect().left + parseFloat(dot.left);
                  const startsLine = item.getBoundingClientRect().left - start < 1;
                  const dotShows = dot.content !== 'none' && dotLeft >= edge;
                  if (startsLine === dotShows) problems.push(`${list.className}: '${item.textContent.trim()}' ${startsLine ? 'starts a line with' : 'has no'} a dot`);
                }
              }
              return problems;
            }
            """);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_search_page_barely_moves_while_it_loads_and_answers()
    {
        var page = await site.StrictPageAsync();
        try
        {
            await page.SetViewportSizeAsync(1280, 800);
            await page.AddInitScriptAsync("""
                window.layoutShift = 0;
                new PerformanceObserver(list => {
                  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
                }).observe({ type: 'layout-shift', buffered: true });
                """);
            await page.GotoAsync("/search/?q=diffusion");
            await page.Locator("#search-results .search-result").First.WaitForAsync();
            await page.Locator("#search-q").FillAsync("energy based");
            await page.WaitForFunctionAsync("() => document.querySelector('#search-results').dataset.query === 'energy based'");
            await page.Locator("#search-more").IsVisibleAsync();
            // Let any late shift be reported.
            await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            var shift = await page.EvaluateAsync<double>("() => window.layoutShift");
            Assert.True(shift < 0.05, $"cumulative layout shift {shift:0.000}");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task<LocatorBoundingBoxResult> Box(IPage page, string selector) =>
        await page.Locator(selector).First.BoundingBoxAsync() ?? throw new InvalidOperationException($"{selector} is not shown");

    private static float Middle(LocatorBoundingBoxResult box) => box.Y + (box.Height / 2);
}
