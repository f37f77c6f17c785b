using PaperDigest.Pages;

namespace PaperDigest.Tests.Site;

/// <summary>Which page numbers a page of a long listing links to: first, last, two either side, gaps for the rest.</summary>
public sealed class PaginatorLinksTests
{
    [Theory]
    [InlineData(1, 1, "1")]
    [InlineData(1, 7, "1 2 3 … 7")]
    [InlineData(4, 7, "1 2 3 4 5 6 7")]
    [InlineData(1, 10, "1 2 3 … 10")]
    [InlineData(5, 10, "1 2 3 4 5 6 7 … 10")]
    [InlineData(6, 10, "1 … 4 5 6 7 8 9 10")]
    [InlineData(10, 10, "1 … 8 9 10")]
    [InlineData(500, 10_000, "1 … 498 499 500 501 502 … 10000")]
    [InlineData(9_998, 10_000, "1 … 9996 9997 9998 9999 10000")]
    public void Links_show_the_first_the_last_and_two_either_side(int current, int total, string expected) =>
        Assert.Equal(expected, string.Join(' ', Paginator.Links(current, total).Select(n => n?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…")));

    [Fact]
    public void Every_page_of_a_long_listing_links_few_pages_in_ascending_order_with_the_current_one_among_them()
    {
        for (var total = 1; total <= 40; total++)
        {
            for (var current = 1; current <= total; current++)
            {
                var links = Paginator.Links(current, total);
                var numbers = links.OfType<int>().ToList();
                Assert.Contains(current, numbers);
                Assert.Equal(1, numbers[0]);
                Assert.Equal(total, numbers[^1]);
                Assert.True(links.Count <= 9, $"page {current} of {total} links {links.Count} pages");
                Assert.Equal(numbers.Order(), numbers);
                Assert.Equal(numbers.Distinct(), numbers);
                // A gap stands for at least two pages: a single left-out page is shown instead.
                for (var i = 1; i < links.Count - 1; i++)
                {
                    if (links[i] is null)
                    {
                        Assert.True(links[i + 1] - links[i - 1] > 2, $"page {current} of {total}: a gap between {links[i - 1]} and {links[i + 1]}");
                    }
                }
            }
        }
    }
}
