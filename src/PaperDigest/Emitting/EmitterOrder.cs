namespace PaperDigest.Emitting;

/// <summary>
/// The order emitters run in: the order they are listed in, except that an emitter that reads a fact runs after
/// every emitter that adds it. A fact nobody adds, or a cycle, is a programming error.
/// </summary>
internal static class EmitterOrder
{
    public static IReadOnlyList<IEmitter> Sort(IReadOnlyList<IEmitter> emitters)
    {
        var added = emitters.Aggregate(SiteFacts.None, (facts, e) => facts | e.Adds);
        if (emitters.FirstOrDefault(e => (e.Reads & ~added) != 0) is { } orphan)
        {
            throw new InvalidOperationException($"{orphan.GetType().Name} reads {orphan.Reads & ~added}, which no emitter adds");
        }

        var left = emitters.ToList();
        var ordered = new List<IEmitter>(emitters.Count);
        while (left.Count > 0)
        {
            // The first one listed whose reads no emitter still to run adds.
            var next = left.FirstOrDefault(e => !left.Any(other => other != e && (other.Adds & e.Reads) != 0))
                ?? throw new InvalidOperationException($"emitters read each other's facts in a cycle: {string.Join(", ", left.Select(e => e.GetType().Name))}");
            ordered.Add(next);
            left.Remove(next);
        }

        return ordered;
    }

    /// <summary>The facts complete once the first <paramref name="done"/> emitters of <paramref name="ordered"/> have run.</summary>
    public static SiteFacts CompleteAfter(IReadOnlyList<IEmitter> ordered, int done)
    {
        var stillAdded = ordered.Skip(done).Aggregate(SiteFacts.None, (facts, e) => facts | e.Adds);
        return SiteFacts.All & ~stillAdded;
    }
}
