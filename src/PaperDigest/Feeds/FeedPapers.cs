using System.Collections.Concurrent;
using PaperDigest.Rendering;

namespace PaperDigest.Feeds;

/// <summary>
/// The papers of one build's feeds as a feed shows them: each paper stripped once, however many feeds carry it, so that
/// every feed shows the same instance and it is read once to tell whether the feeds changed. Safe to use from many
/// threads.
/// </summary>
internal sealed class FeedPapers
{
    private readonly ConcurrentDictionary<RenderedPaper, RenderedPaper> stripped;
    private readonly Func<RenderedPaper, RenderedPaper> strip;

    /// <param name="papers">How many papers the build has.</param>
    /// <param name="strip">What a feed keeps of a paper.</param>
    public FeedPapers(int papers, Func<RenderedPaper, RenderedPaper> strip)
    {
        // Room for every paper from the start: a table that grows locks out the feeds' threads meanwhile.
        stripped = new(concurrencyLevel: 64, capacity: papers + (papers / 4) + 64, ReferenceEqualityComparer.Instance);
        this.strip = strip;
    }

    public RenderedPaper Of(RenderedPaper paper) => stripped.GetOrAdd(paper, strip);
}
