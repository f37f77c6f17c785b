using System.Globalization;
using Microsoft.Playwright;

namespace PaperDigest.Tests.Browser;

/// <summary>A reader finding their way around the served sample in Chromium: cards, paper pages, tags, pagination, archive.</summary>
[Collection(ServedSiteGroup.Name)]
public sealed class NavigationTests(ServedSiteFixture site, ITestOutputHelper output)
{
    /// <summary>Where screenshots go, for people to look at; nothing asserts on them.</summary>
    private static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    [Fact]
    public async Task Clicking_the_first_card_title_opens_its_paper_page()
    {
        var page = await site.PageAsync(Look.Desktop);

        await GotoAsync(page, SamplePages.Home);
        var titleLink = page.Locator(".card .card-title a").First;
        var cardTitle = await TextOfAsync(titleLink);

        await titleLink.ClickAsync();
        await PageUrls.WaitForAsync(page, url => PathOf(url).StartsWith("/papers/", StringComparison.Ordinal));

        Assert.Equal(cardTitle, await TextOfAsync(page.Locator("h1")));
    }

    [Fact]
    public async Task A_paper_page_shows_authors_digest_date_tags_and_arxiv_and_pdf_links()
    {
        var page = await site.PageAsync(Look.Desktop);

        await GotoAsync(page, SamplePages.Home);
        var day = page.Locator("section.day").First;
        var dayIso = await day.Locator("h2 time").GetAttributeAsync("datetime");
        Assert.NotNull(dayIso);
        var card = day.Locator(".card").First;
        var cardAuthors = await TextOfAsync(card.Locator(".card-authors"));
        var cardTags = await card.Locator("a.chip").AllInnerTextsAsync();
        Assert.NotEmpty(cardTags);

        await card.Locator(".card-title a").ClickAsync();
        await PageUrls.WaitForAsync(page, url => PathOf(url).StartsWith("/papers/", StringComparison.Ordinal));
        var where = PathOf(page.Url);

        var authors = await page.Locator(".paper-head .paper-authors .author").AllInnerTextsAsync();
        Assert.True(authors.Count > 0, $"{where} shows no authors (.paper-authors .author)");
        Assert.StartsWith(authors[0], cardAuthors, StringComparison.Ordinal);

        var date = DateOnly.ParseExact(dayIso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var digestDate = page.Locator($".paper-facts time[datetime='{dayIso}']");
        Assert.True(await digestDate.IsVisibleAsync(), $"{where} does not show its digest day {dayIso} as a <time> in its header");
        var dateText = await TextOfAsync(digestDate);
        Assert.Contains(date.ToString("MMMM", CultureInfo.InvariantCulture), dateText, StringComparison.Ordinal);
        Assert.Contains(date.Year.ToString(CultureInfo.InvariantCulture), dateText, StringComparison.Ordinal);

        Assert.Equal(cardTags, await page.Locator(".paper-facts a.chip").AllInnerTextsAsync());

        var abstractLink = page.GetByRole(AriaRole.Link, new() { Name = "arXiv abstract", Exact = true });
        Assert.True(await abstractLink.IsVisibleAsync(), $"{where} has no visible 'arXiv abstract' link");
        Assert.Matches(@"^https://arxiv\.org/abs/[^\s/]+", await abstractLink.GetAttributeAsync("href"));

        var pdfLink = page.GetByRole(AriaRole.Link, new() { Name = "PDF", Exact = true });
        Assert.True(await pdfLink.IsVisibleAsync(), $"{where} has no visible 'PDF' link");
        Assert.Matches(@"^https://\S+", await pdfLink.GetAttributeAsync("href"));
    }

    [Fact]
    public async Task A_tag_chip_on_a_paper_page_leads_to_a_tag_page_listing_that_paper()
    {
        var page = await site.PageAsync(Look.Desktop);

        await GotoAsync(page, site.Pages.NewestPaper);
        var paperTitle = await TextOfAsync(page.Locator("h1"));
        var chip = page.Locator(".paper-facts a.chip").First;
        var tagName = await TextOfAsync(chip);

        await chip.ClickAsync();
        await PageUrls.WaitForAsync(page, url => PathOf(url).StartsWith("/tags/", StringComparison.Ordinal));
        Assert.Equal(tagName, await TextOfAsync(page.Locator("h1")));

        // The paper may sit on a later page of a long tag; follow "Older" until it shows up.
        var visited = new List<string>();
        while (true)
        {
            visited.Add(PathOf(page.Url));
            var titles = await page.Locator(".card .card-title a").AllInnerTextsAsync();
            if (titles.Select(t => t.Trim()).Contains(paperTitle))
            {
                return;
            }

            var older = page.Locator("nav.pagination a[rel=next]");
            Assert.True(await older.CountAsync() == 1 && visited.Count < 50,
                $"the tag pages {string.Join(", ", visited)} do not list '{paperTitle}'");
            await older.ClickAsync();
            await PageUrls.WaitForAsync(page, url => !visited.Contains(PathOf(url)));
        }
    }

    [Fact]
    public async Task Older_leads_from_the_home_page_to_page_2_with_other_papers_and_Newer_leads_back()
    {
        var page = await site.PageAsync(Look.Desktop);

        await GotoAsync(page, SamplePages.Home);
        var firstPage = await CardTitlesAsync(page);
        Assert.NotEmpty(firstPage);
        var pagination = page.GetByRole(AriaRole.Navigation, new() { Name = "Pagination" });

        await pagination.GetByRole(AriaRole.Link, new() { Name = "Older" }).ClickAsync();
        await PageUrls.WaitForAsync(page, url => PathOf(url) == "/page/2/");
        var secondPage = await CardTitlesAsync(page);
        Assert.NotEmpty(secondPage);
        Assert.Empty(firstPage.Intersect(secondPage));
        Assert.Contains("Latest papers", await TextOfAsync(page.Locator("h1")), StringComparison.Ordinal);

        await pagination.GetByRole(AriaRole.Link, new() { Name = "Newer" }).ClickAsync();
        await PageUrls.WaitForAsync(page, url => PathOf(url) == "/");
        Assert.Equal(firstPage, await CardTitlesAsync(page));
    }

    [Fact]
    public async Task Every_site_nav_link_loads_a_page_with_a_heading()
    {
        var page = await site.PageAsync(Look.Desktop);

        await GotoAsync(page, SamplePages.Home);

        // Clicked one after another, so the nav must be on every page it leads to.
        foreach (var name in new[] { "Tags", "Archive", "About", "Latest" })
        {
            var from = PathOf(page.Url);
            var link = page.GetByRole(AriaRole.Navigation, new() { Name = "Site" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
            Assert.True(await link.CountAsync() == 1, $"the site nav on {from} has no '{name}' link");
            var target = new Uri(new Uri(page.Url), await link.GetAttributeAsync("href")).ToString();

            var response = await page.RunAndWaitForResponseAsync(() => link.ClickAsync(), r => r.Url == target);
            await PageUrls.WaitForAsync(page, target);
            Assert.True(response.Status == 200, $"'{name}' on {from} leads to {target}, status {response.Status}");
            var heading = await TextOfAsync(page.Locator("h1"));
            Assert.False(string.IsNullOrWhiteSpace(heading), $"{target} has an empty h1");
        }
    }

    [Fact]
    public async Task The_archive_leads_to_a_month_and_the_month_to_a_day_listing_its_papers()
    {
        var page = await site.PageAsync(Look.Desktop);

        await GotoAsync(page, SamplePages.Archive);
        var month = page.Locator("main a[href*='/months/']").First;
        var monthName = await TextOfAsync(month);
        await month.ClickAsync();
        await PageUrls.WaitForAsync(page, url => PathOf(url).StartsWith("/months/", StringComparison.Ordinal));
        Assert.Equal(monthName, await TextOfAsync(page.Locator("h1")));

        var dayLinks = page.Locator("main a[href*='/days/']");
        Assert.True(await dayLinks.CountAsync() > 0,
            $"the month page {PathOf(page.Url)} links to none of its days (/days/YYYY-MM-DD/): a reader cannot go from the archive to a day");
        await dayLinks.First.ClickAsync();
        await PageUrls.WaitForAsync(page, url => PathOf(url).StartsWith("/days/", StringComparison.Ordinal));

        Assert.False(string.IsNullOrWhiteSpace(await TextOfAsync(page.Locator("h1"))));
        var papers = page.Locator(".card .card-title a[href*='/papers/']");
        Assert.True(await papers.CountAsync() > 0, $"the day page {PathOf(page.Url)} lists no papers");
    }

    [Fact]
    public async Task A_missing_url_shows_the_styled_404_page_with_status_404()
    {
        var page = await site.PageAsync(Look.Desktop);

        var response = await page.GotoAsync(SamplePages.Missing);
        Assert.NotNull(response);
        Assert.Equal(404, response.Status);
        Assert.Equal("Page not found", await TextOfAsync(page.Locator("h1")));

        // A nested missing path must still find the stylesheet (links are root-relative, not relative).
        var cssRules = await page.EvaluateAsync<int>("() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)");
        Assert.True(cssRules > 0, $"the 404 page at {SamplePages.Missing} has no stylesheet rules: its CSS did not load");

        await page.GetByRole(AriaRole.Link, new() { Name = "Go to the latest papers" }).ClickAsync();
        await PageUrls.WaitForAsync(page, url => PathOf(url) == "/");
    }

    [Fact]
    public async Task The_home_page_reads_the_same_without_javascript()
    {
        var withScript = await site.PageAsync(Look.Desktop);
        var noScript = await site.PageAsync(Look.NoScript);

        await GotoAsync(withScript, SamplePages.Home);
        await GotoAsync(noScript, SamplePages.Home);

        Assert.Equal(await TextOfAsync(withScript.Locator("h1")), await TextOfAsync(noScript.Locator("h1")));
        var cards = await CardTitlesAsync(noScript);
        Assert.NotEmpty(cards);
        Assert.Equal(await CardTitlesAsync(withScript), cards);
        Assert.True(await noScript.Locator(".card .card-title a").First.IsVisibleAsync(), "without JavaScript the first card title is not visible");

        await noScript.Locator(".card .card-title a").First.ClickAsync();
        await PageUrls.WaitForAsync(noScript, url => PathOf(url).StartsWith("/papers/", StringComparison.Ordinal));
        Assert.Equal(cards[0], await TextOfAsync(noScript.Locator("h1")));
    }

    /// <summary>
    /// Visits the key pages on desktop (1280 px) and phone (390 px), light and dark; saves a full-page screenshot of each
    /// into <c>TestResults/screenshots/</c> for people to look at, and asserts what a reader would notice: nothing to
    /// scroll sideways, no request that fails (stylesheet, icon), no script error, and a dark mode that is dark.
    /// </summary>
    [Fact]
    public async Task Key_pages_fit_desktop_and_phone_in_light_and_dark_and_load_everything_they_need()
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var pages = new (string Name, string Path)[]
        {
            ("home", SamplePages.Home), ("paper", site.Pages.NewestPaper), ("paper-with-table", site.Pages.PaperWithTable),
            ("tags", SamplePages.Tags), ("tag", site.Pages.Tag), ("archive", SamplePages.Archive),
        };
        var problems = new List<string>();
        var backgrounds = new Dictionary<Look, string>();

        foreach (var look in Look.ForScreenshots)
        {
            var page = await site.PageAsync(look);

            var current = "";
            void OnResponse(object? sender, IResponse r)
            {
                if (r.Status >= 400)
                {
                    problems.Add($"{look} {current}: {r.Url} answered {r.Status}");
                }
            }

            void OnRequestFailed(object? sender, IRequest r) => problems.Add($"{look} {current}: {r.Url} failed ({r.Failure})");
            void OnConsole(object? sender, IConsoleMessage m)
            {
                if (m.Type == "error")
                {
                    problems.Add($"{look} {current}: console error: {m.Text}");
                }
            }

            void OnPageError(object? sender, string error) => problems.Add($"{look} {current}: script error: {error}");

            page.Response += OnResponse;
            page.RequestFailed += OnRequestFailed;
            page.Console += OnConsole;
            page.PageError += OnPageError;
            try
            {
                foreach (var (name, path) in pages)
                {
                    current = path;
                    await GotoAsync(page, path);
                    var overflow = await page.EvaluateAsync<string[]>(WiderThanViewportScript);
                    if (overflow.Length > 0)
                    {
                        problems.Add($"{look} {path}: wider than the {look.Width} px window, so it scrolls sideways; widest elements: {string.Join("; ", overflow)}");
                    }

                    if (name == "home")
                    {
                        backgrounds[look] = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
                    }

                    await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, $"{name}-{look.Name}.png"), FullPage = true });
                }
            }
            finally
            {
                page.Response -= OnResponse;
                page.RequestFailed -= OnRequestFailed;
                page.Console -= OnConsole;
                page.PageError -= OnPageError;
            }
        }

        output.WriteLine($"screenshots: {ScreenshotFolder}");
        Assert.True(backgrounds[Look.Desktop] != backgrounds[Look.DesktopDark],
            $"the home page's background is {backgrounds[Look.Desktop]} in both light and dark colour schemes");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>Elements whose right edge passes the layout viewport (the widest first, at most five), as "tag.class (N px)".</summary>
    private const string WiderThanViewportScript = """
        () => {
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= width) return [];
          return [...document.body.querySelectorAll('*')]
            .map(e => ({ e, right: e.getBoundingClientRect().right }))
            .filter(x => x.right > width + 1)
            .sort((a, b) => b.right - a.right)
            .slice(0, 5)
            .map(x => x.e.tagName.toLowerCase() + (x.e.className && typeof x.e.className === 'string' ? '.' + x.e.className.trim().split(/\s+/).join('.') : '') + ' (' + Math.round(x.right) + ' px)');
        }
        """;

    private static async Task GotoAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response is { Status: 200 }, $"{path} answered {response?.Status.ToString(CultureInfo.InvariantCulture) ?? "nothing"}, not 200");
    }

    private static async Task<string> TextOfAsync(ILocator locator) => (await locator.InnerTextAsync()).Trim();

    private static async Task<string[]> CardTitlesAsync(IPage page) =>
        [.. (await page.Locator(".card .card-title a").AllInnerTextsAsync()).Select(t => t.Trim())];

    private static string PathOf(string url) => new Uri(url).AbsolutePath;
}
