using Microsoft.Playwright;

namespace PaperDigest.Tests.Browser;

/// <summary>
/// The subscribe block of <c>/feeds/</c> and tag pages in Chromium, under the site's Content-Security-Policy: with
/// script a Copy button puts a feed's address on the clipboard; without, the addresses are there to select.
/// </summary>
[Collection(ServedSiteGroup.Name)]
public sealed class SubscribeBrowserTests(ServedSiteFixture site)
{
    [Fact]
    public async Task A_copy_button_puts_the_feed_address_on_the_clipboard()
    {
        var page = await site.StrictPageAsync();
        try
        {
            await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = site.BaseUrl.GetLeftPart(UriPartial.Authority) });
            await page.GotoAsync("/tags/active-matter/");
            var addresses = await page.Locator(".subscribe .feed-address").AllInnerTextsAsync();
            Assert.Equal(3, addresses.Count);
            Assert.All(addresses, a => Assert.StartsWith("https://", a, StringComparison.Ordinal));
            Assert.EndsWith("/tags/active-matter/feed.xml", addresses[0], StringComparison.Ordinal);

            var copy = page.Locator(".subscribe .copy-address").Nth(1);
            await copy.ClickAsync();
            await Assertions.Expect(copy).ToHaveTextAsync("Copied");
            Assert.Equal(addresses[1], await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Without_script_the_addresses_and_reader_links_are_there_and_no_button_is()
    {
        var page = await site.PageAsync(Look.NoScript);
        await page.GotoAsync("/feeds/");

        Assert.Equal(3, await page.Locator(".subscribe .feed-address").CountAsync());
        Assert.Equal(0, await page.Locator(".subscribe .copy-address").CountAsync());
        var readers = await page.Locator(".subscribe-readers a").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        Assert.Contains(readers, r => r.StartsWith("https://www.inoreader.com/?add_feed=", StringComparison.Ordinal));
        var feedly = Assert.Single(readers, r => r.StartsWith("https://feedly.com/", StringComparison.Ordinal));
        Assert.EndsWith(Uri.EscapeDataString(await page.Locator(".subscribe .feed-address").First.InnerTextAsync()), feedly, StringComparison.Ordinal);
    }
}
