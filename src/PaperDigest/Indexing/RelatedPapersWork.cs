using System.Collections.Immutable;
using PaperDigest.Incremental;

namespace PaperDigest.Indexing;

/// <summary>
/// Each paper's related papers (same index as <see cref="SiteModel.Papers"/>, best first), computed on another thread
/// from the moment the model is built, so the emitters that do not show them run meanwhile; the paper pages wait for
/// <see cref="Lists"/>. The build starts it; the model itself holds only finished data.
/// </summary>
internal sealed class RelatedPapersWork
{
    private readonly Task<RelatedOutcome> work;

    private RelatedPapersWork(Task<RelatedOutcome> work) => this.work = work;

    /// <param name="cache">Where the last build's related papers are kept, if anywhere: they are updated rather than computed afresh.</param>
    public static RelatedPapersWork Start(SiteModel model, RelatedPapersCache? cache) => new(Task.Run(() =>
    {
        var outcome = RelatedPapers.Compute(model.Papers, model.Words, cache?.Load());
        cache?.Save(outcome.Memory);
        return outcome;
    }));

    public ImmutableArray<ImmutableArray<int>> Lists => work.GetAwaiter().GetResult().Lists;

    /// <summary>How many papers' lists were searched again (the others were kept or rescored from the last build's).</summary>
    public int Searched => work.GetAwaiter().GetResult().Searched;

    /// <summary>Waits for the work to end, whatever its outcome: a build that fails does not leave it writing the cache.</summary>
    public void Settle() => work.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
}
