namespace PaperDigest.Indexing;

/// <summary>
/// For each key (a numbered tag or term), the papers that have it, in digest order, all in one array.
/// </summary>
internal sealed class PostingLists
{
    // Key k's papers are papers[starts[k]..starts[k + 1]].
    private readonly int[] starts;
    private readonly int[] papers;

    private PostingLists(int[] starts, int[] papers)
    {
        this.starts = starts;
        this.papers = papers;
    }

    /// <param name="keysOf">Each paper's keys, none twice.</param>
    public static PostingLists Of(int keyCount, int paperCount, Func<int, ReadOnlySpan<int>> keysOf)
    {
        var starts = new int[keyCount + 1];
        for (var i = 0; i < paperCount; i++)
        {
            foreach (var key in keysOf(i))
            {
                starts[key + 1]++;
            }
        }

        for (var k = 0; k < keyCount; k++)
        {
            starts[k + 1] += starts[k];
        }

        var papers = new int[starts[keyCount]];
        var next = starts[..keyCount];
        for (var i = 0; i < paperCount; i++)
        {
            foreach (var key in keysOf(i))
            {
                papers[next[key]++] = i;
            }
        }

        return new PostingLists(starts, papers);
    }

    /// <summary>All the papers with <paramref name="key"/>, in digest order.</summary>
    public ReadOnlySpan<int> All(int key) => new(papers, starts[key], starts[key + 1] - starts[key]);

    /// <summary>
    /// The papers with <paramref name="key"/>: all of them, or the <paramref name="limit"/> nearest in digest
    /// order to <paramref name="paper"/>, which has the key.
    /// </summary>
    public ReadOnlySpan<int> Near(int key, int paper, int limit)
    {
        var list = All(key);
        if (list.Length <= limit)
        {
            return list;
        }

        var at = list.BinarySearch(paper);
        at = at < 0 ? ~at : at;
        return list.Slice(Math.Clamp(at - (limit / 2), 0, list.Length - limit), limit);
    }
}
