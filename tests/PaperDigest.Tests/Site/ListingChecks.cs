using System.Globalization;
using AngleSharp.Dom;

namespace PaperDigest.Tests.Site;

/// <summary>Checks shared by the home and tag listings of the sample site and of its small-page variant.</summary>
internal static class ListingChecks
{
    /// <summary>The papers each page of a listing links to in its main content.</summary>
    public static IReadOnlyList<(string Page, IReadOnlyList<string> Papers)> PapersByPage(BuiltSite site, string first) =>
        [.. site.ListingPages(first).Select(page => (page, HtmlQueries.PaperLinks(HtmlQueries.MainContent(site.Load(page)))))];

    /// <summary>The union of a listing's pages links every expected paper, each on exactly one page, and nothing else.</summary>
    public static void ListsEachPaperOnce(BuiltSite site, string first, IEnumerable<ExpectedPaper> expected)
    {
        var pages = PapersByPage(site, first);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (page, papers) in pages)
        {
            foreach (var paper in papers)
            {
                Assert.False(seen.TryGetValue(paper, out var earlier), $"{paper} is listed on both {earlier} and {page}");
                seen[paper] = page;
            }
        }

        Assert.Equal(expected.Select(p => p.Path).Order(StringComparer.Ordinal), seen.Keys.Order(StringComparer.Ordinal));
    }

    /// <summary>From the first page, "next" links visit every page in order, "previous" links lead back, and each leads to a file that exists.</summary>
    public static void PaginationLinksWalkThePages(BuiltSite site, string first)
    {
        var pages = site.ListingPages(first);
        for (var i = 0; i < pages.Count; i++)
        {
            var document = site.Load(pages[i]);
            var next = HtmlQueries.NextLink(document);
            var previous = HtmlQueries.PreviousLink(document);
            if (i + 1 < pages.Count)
            {
                Assert.True(next is not null, $"{pages[i]} has no link to the next page {pages[i + 1]}");
                var target = SitePaths.Internal(site.Digest.BaseUrl, pages[i], next.GetAttribute("href")!);
                Assert.Equal(pages[i + 1], target);
                Assert.True(site.Exists(target!), $"the next link on {pages[i]} leads to {target}, which does not exist");
            }
            else
            {
                Assert.True(next is null, $"the last page {pages[i]} still links to a next page: {next?.OuterHtml}");
            }

            if (i > 0)
            {
                Assert.True(previous is not null, $"{pages[i]} has no link back to {pages[i - 1]}");
                Assert.Equal(pages[i - 1], SitePaths.Internal(site.Digest.BaseUrl, pages[i], previous.GetAttribute("href")!));
            }
            else
            {
                Assert.True(previous is null, $"the first page {pages[i]} links to a previous page: {previous?.OuterHtml}");
            }
        }
    }

    /// <summary>
    /// The home pages, read in order, show day headings (a heading holding a <c>time datetime</c>) newest first with
    /// no day repeated, every paper under the heading of its own day, and at most page_size papers on a page
    /// unless the page holds a single day.
    /// </summary>
    public static void HomeDaysNewestFirst(BuiltSite site)
    {
        var byPath = site.Digest.Papers.ToDictionary(p => p.Path, StringComparer.Ordinal);
        DateOnly? previousDay = null;
        foreach (var page in site.ListingPages("/"))
        {
            var main = HtmlQueries.MainContent(site.Load(page));
            DateOnly? day = null;
            var days = new List<DateOnly>();
            var papers = new HashSet<string>(StringComparer.Ordinal);
            foreach (var element in main.QuerySelectorAll("*"))
            {
                if (DayOf(element) is { } heading)
                {
                    Assert.True(previousDay is null || heading < previousDay,
                        $"{page}: day {heading:yyyy-MM-dd} comes after {previousDay:yyyy-MM-dd}; days must be newest first, each once");
                    day = previousDay = heading;
                    days.Add(heading);
                }
                else if (HtmlQueries.IsPaperLink(element))
                {
                    var href = element.GetAttribute("href")!;
                    Assert.True(day is not null, $"{page}: {href} is listed before any day heading");
                    Assert.True(byPath.ContainsKey(href), $"{page}: {href} is not a paper of the digest");
                    Assert.True(byPath[href].Date == day,
                        $"{page}: {href} of {byPath[href].Date:yyyy-MM-dd} is listed under {day:yyyy-MM-dd}");
                    papers.Add(href);
                }
            }

            Assert.True(papers.Count <= site.Digest.PageSize || days.Count == 1,
                $"{page} holds {papers.Count} papers from {days.Count} days; page_size is {site.Digest.PageSize}");
        }
    }

    /// <summary>No page of a tag listing holds more than page_size papers.</summary>
    public static void TagPagesHoldAtMostPageSize(BuiltSite site)
    {
        foreach (var tag in site.Digest.Tags)
        {
            foreach (var (page, papers) in PapersByPage(site, tag.Path))
            {
                Assert.True(papers.Count <= site.Digest.PageSize, $"{page} holds {papers.Count} papers; page_size is {site.Digest.PageSize}");
            }
        }
    }

    /// <summary>The day a heading stands for: an h2 or h3 holding <c>&lt;time datetime="YYYY-MM-DD"&gt;</c>.</summary>
    private static DateOnly? DayOf(IElement element) =>
        element.LocalName is "h2" or "h3"
        && element.QuerySelector("time[datetime]")?.GetAttribute("datetime") is { } iso
        && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
