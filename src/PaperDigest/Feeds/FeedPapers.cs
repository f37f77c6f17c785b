using System.Collections.Concurrent;
using PaperDigest.Rendering;

namespace PaperDigest.Feeds;

/// <summary>
/// The papers of one build's feeds as a feed shows them: each paper stripped once, however many feeds carry it, so that
/// every feed shows the same instance and it is read once to tell whether the feeds changed. Papers whose items are small (no write-up) can have their
/// item HTML made once too (<see cref="FeedContent.Remember"/>), until this is disposed; a write-up's HTML is made
/// again for each feed rather than held for the whole emitter. Safe to use from many threads.
/// </summary>
internal sealed class FeedPapers : IDisposable
{
    private readonly ConcurrentDictionary<RenderedPaper, RenderedPaper> stripped;
    private readonly Func<RenderedPaper, RenderedPaper> strip;

    /// <param name="papers">How many papers the build has.</param>
    /// <param name="strip">What a feed keeps of a paper.</param>
    /// <param name="rememberItems">Make each paper's item HTML once, for feeds of small items.</param>
    public FeedPapers(int papers, Func<RenderedPaper, RenderedPaper> strip, bool rememberItems = false)
    {
        // Room for every paper from the start: a table that grows locks out the feeds' threads meanwhile.
        stripped = new(concurrencyLevel: 64, capacity: papers + (papers / 4) + 64, ReferenceEqualityComparer.Instance);
        this.strip = rememberItems ? r => Remembered(strip(r)) : strip;
    }

    public RenderedPaper Of(RenderedPaper paper) => stripped.GetOrAdd(paper, strip);

    private static RenderedPaper Remembered(RenderedPaper paper)
    {
        FeedContent.Remember(paper);
        return paper;
    }

    public void Dispose()
    {
        foreach (var paper in stripped.Values)
        {
            FeedContent.Forget(paper);
        }
    }
}
