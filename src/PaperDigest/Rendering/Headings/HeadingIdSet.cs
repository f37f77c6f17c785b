namespace PaperDigest.Rendering.Headings;

/// <summary>
/// The ids of one document's headings, each made unique as GitHub does: the first <c>intro</c>, then <c>intro-1</c>,
/// <c>intro-2</c> ... skipping ids already taken. Each base id remembers the next suffix to try, so a thousand
/// identical headings cost a thousand probes, not half a million: an id is tried at most once for each base.
/// </summary>
internal sealed class HeadingIdSet
{
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> nextSuffix = new(StringComparer.Ordinal);

    /// <summary>How many ids have been tried so far (for tests of how the work grows).</summary>
    public long Probes { get; private set; }

    /// <summary>A unique id for a heading whose own id is <paramref name="baseId"/>; it is taken from now on.</summary>
    public string Unique(string baseId)
    {
        Probes++;
        if (taken.Add(baseId))
        {
            return baseId;
        }

        // Every suffix below the remembered one is taken, and ids are never given back.
        var suffix = nextSuffix.GetValueOrDefault(baseId, 1);
        string id;
        do
        {
            Probes++;
            id = $"{baseId}-{suffix++}";
        }
        while (!taken.Add(id));

        nextSuffix[baseId] = suffix;
        return id;
    }
}
