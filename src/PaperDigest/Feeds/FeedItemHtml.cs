using System.Collections.Concurrent;
using PaperDigest.Content;
using PaperDigest.Rendering;

namespace PaperDigest.Feeds;

/// <summary>
/// The item HTML of the papers of one emitter's feeds, made once for every feed and format that carries the same
/// instance: a paper is in each of its authors' feeds, three formats each. It only spares making the same HTML again;
/// a feed made without it is the same, so it is no part of what a feed is made from. Safe to use from many threads.
/// </summary>
internal sealed class FeedItemHtml(SiteConfig site, int papers)
{
    // Room for every paper from the start: a table that grows locks out the feeds' threads meanwhile.
    private readonly ConcurrentDictionary<RenderedPaper, Made> made =
        new(concurrencyLevel: 64, capacity: papers + (papers / 4) + 64, ReferenceEqualityComparer.Instance);

    /// <summary>The item HTML of <paramref name="rendered"/> for <paramref name="forSite"/> (made without this for another site).</summary>
    public string Of(SiteConfig forSite, RenderedPaper rendered, bool summaryOnly)
    {
        if (!ReferenceEquals(forSite, site))
        {
            return FeedContent.Make(forSite, rendered, summaryOnly);
        }

        var item = made.GetOrAdd(rendered, static _ => new Made());
        return summaryOnly
            ? item.Summary ??= FeedContent.Make(site, rendered, summaryOnly: true)
            : item.Full ??= FeedContent.Make(site, rendered, summaryOnly: false);
    }

    /// <summary>A paper's item HTML, with and without its write-up, as far as made.</summary>
    private sealed class Made
    {
        public string? Full { get; set; }

        public string? Summary { get; set; }
    }
}
