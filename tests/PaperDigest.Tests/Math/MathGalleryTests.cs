using Microsoft.Playwright;
using PaperDigest.Tests.Browser;

namespace PaperDigest.Tests.MathML;

/// <summary>
/// Builds the math gallery (<see cref="MathGallery"/>) with Temml in the same run, and looks at it in headless
/// Chromium: every formula has a rendering by PaperDigest and one by Temml, both of some size, and PaperDigest's math
/// is set in the shipped font. The page and a full-page screenshot (<c>gallery-chromium.png</c>) are written to the
/// folder <c>PAPERDIGEST_MATH_GALLERY</c> names, else to <c>math-gallery/</c> in the test output, to be looked at;
/// <c>docs/math-gallery/</c> keeps screenshots taken so.
/// </summary>
public sealed class MathGalleryTests(ITestOutputHelper output)
{
    private static readonly TestTool Temml = new("temml", "Temml (tests/tools)", "npm ci --prefix tests/tools --ignore-scripts",
        () => File.Exists(Path.Combine(MathGallery.TemmlFolder, "temml.cjs")) ? null : $"{MathGallery.TemmlFolder} has no temml.cjs");

    [Fact]
    public async Task Every_formula_is_rendered_by_PaperDigest_in_the_math_font_and_by_Temml()
    {
        TestTools.Require(TestTools.Chromium, TestTools.Node, Temml);

        var folder = Environment.GetEnvironmentVariable("PAPERDIGEST_MATH_GALLERY") is { Length: > 0 } chosen
            ? Path.GetFullPath(chosen)
            : Path.Combine(AppContext.BaseDirectory, "math-gallery");
        Directory.CreateDirectory(folder);
        var gallery = MathGallery.Load();
        var count = gallery.Formulas.Count();
        Assert.InRange(count, 60, 100);
        var temml = await gallery.TemmlAsync(folder);
        Assert.Equal(count, temml.Count);
        gallery.Write(folder, temml);

        await using var server = await StaticSiteServer.StartAsync(folder);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(server.BaseUrl, "gallery.html").ToString());
        await page.EvaluateAsync("async () => { await document.fonts.load('20px \"PaperDigest Math\"', '∑'); await document.fonts.load('20px \"Latin Modern Math\"', '∑'); await document.fonts.ready; }");

        var rows = await page.EvaluateAsync<Row[]>("""
            () => [...document.querySelectorAll('tr.formula')].map(row => {
              const ours = row.querySelector('td.ours math, td.ours code');
              const theirs = row.querySelector('.temml-host').shadowRoot?.querySelector('math');
              const size = e => { if (!e) return [0, 0]; const r = e.getBoundingClientRect(); return [r.width, r.height]; };
              return {
                tex: row.querySelector('td.tex').textContent,
                ours: size(ours), temml: size(theirs),
                converted: ours?.localName === 'math',
                font: ours ? getComputedStyle(ours).fontFamily : '',
              };
            })
            """);
        Assert.Equal(count, rows.Length);
        Assert.All(rows, row =>
        {
            Assert.True(row.Ours[0] > 0 && row.Ours[1] > 0, $"PaperDigest's rendering of {row.Tex} has no size");
            Assert.True(row.Temml[0] > 0 && row.Temml[1] > 0, $"Temml's rendering of {row.Tex} has no size");
        });
        Assert.All(rows.Where(r => r.Converted), row => Assert.StartsWith("\"PaperDigest Math\"", row.Font, StringComparison.Ordinal));
        Assert.True(await page.EvaluateAsync<bool>(
            "() => [...document.fonts].some(f => f.family.replace(/\"/g, '') === 'PaperDigest Math' && f.status === 'loaded') && document.fonts.check('20px \"PaperDigest Math\"', '∑')"),
            "the PaperDigest Math face should be loaded");

        var screenshot = Path.Combine(folder, "gallery-chromium.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        var shownAsTex = rows.Where(r => !r.Converted).Select(r => r.Tex).ToList();
        output.WriteLine($"{count} formulas; PaperDigest shows {shownAsTex.Count} as TeX{(shownAsTex.Count > 0 ? ": " + string.Join(" | ", shownAsTex) : "")}");
        output.WriteLine($"gallery: {Path.Combine(folder, "gallery.html")}; screenshot: {screenshot}");
    }

    /// <summary>A gallery row as the page reports it: the TeX, the width and height of each rendering, and the font of ours.</summary>
    private sealed class Row
    {
        public string Tex { get; set; } = "";

        public double[] Ours { get; set; } = [];

        public double[] Temml { get; set; } = [];

        public bool Converted { get; set; }

        public string Font { get; set; } = "";
    }
}
