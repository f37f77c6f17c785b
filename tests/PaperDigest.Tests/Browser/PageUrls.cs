using System.Diagnostics;
using Microsoft.Playwright;

namespace PaperDigest.Tests.Browser;

/// <summary>
/// Waits for a page to arrive at an address. Playwright's <c>WaitForURLAsync</c> also waits for a load event of
/// the new document, and on a busy machine it can miss that event when the navigation finished before the wait
/// began (a 45 s timeout with "load" already fired in its log). The address is enough: the locators that follow
/// wait for their own elements, and the old document is gone once the address has changed.
/// </summary>
internal static class PageUrls
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public static Task WaitForAsync(IPage page, string url) => WaitForAsync(page, u => u == url);

    public static async Task WaitForAsync(IPage page, Func<string, bool> matches)
    {
        var clock = Stopwatch.StartNew();
        while (!matches(page.Url))
        {
            if (clock.Elapsed > Limit)
            {
                throw new TimeoutException($"the page stayed at {page.Url} for {Limit.TotalSeconds:0} s");
            }

            await Task.Delay(25);
        }
    }
}
