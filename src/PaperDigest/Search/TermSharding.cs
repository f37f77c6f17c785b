using System.Collections.Immutable;
using PaperDigest.Indexing;

namespace PaperDigest.Search;

/// <summary>
/// Splits the sorted term list into shards by prefix. Terms are grouped by their first two code points; a group over
/// the byte budget is split again by three, then four… code points, terms no longer than the group's prefix staying
/// in the group's own shard. A term therefore lives in the shard with the longest prefix it starts with, which is
/// how the browser finds it; a single term bigger than the budget gets a shard of its own.
/// </summary>
internal static class TermSharding
{
    public const int FirstPrefixLength = 2;

    /// <param name="terms">All terms, in ordinal order.</param>
    /// <param name="sizes">The JSON size of each term's entry.</param>
    /// <param name="budget">The size a shard should stay under.</param>
    public static ImmutableArray<TermShard> Split(IReadOnlyList<string> terms, IReadOnlyList<long> sizes, long budget) =>
        [.. TwoLetterGroups(terms).SelectMany(group => SplitGroup(group.Prefix, group.From, group.To, terms, sizes, budget))];

    /// <summary>The runs of terms sharing their first two code points, each as its prefix and its range of terms (end exclusive).</summary>
    /// <param name="terms">All terms, in ordinal order.</param>
    public static IReadOnlyList<(string Prefix, int From, int To)> TwoLetterGroups(IReadOnlyList<string> terms) =>
        [.. Groups(Enumerable.Range(0, terms.Count), terms, FirstPrefixLength).Select(group => (group.Prefix, group.Terms[0], group.Terms[^1] + 1))];

    /// <summary>The shards of one two-letter group: the terms from <paramref name="from"/> to <paramref name="to"/> (exclusive), sharing <paramref name="prefix"/>.</summary>
    public static ImmutableArray<TermShard> SplitGroup(string prefix, int from, int to, IReadOnlyList<string> terms, IReadOnlyList<long> sizes, long budget)
    {
        var shards = ImmutableArray.CreateBuilder<TermShard>();
        Split(prefix, [.. Enumerable.Range(from, to - from)], FirstPrefixLength, terms, sizes, budget, shards);
        return shards.ToImmutable();
    }

    private static void Split(
        string prefix, List<int> members, int length, IReadOnlyList<string> terms, IReadOnlyList<long> sizes, long budget,
        ImmutableArray<TermShard>.Builder shards)
    {
        var longer = members.Where(i => TextAnalysis.CodePoints(terms[i]) > length).ToList();
        if (members.Sum(i => sizes[i]) <= budget || longer.Count == 0)
        {
            shards.Add(new TermShard(prefix, [.. members]));
            return;
        }

        if (longer.Count < members.Count)
        {
            shards.Add(new TermShard(prefix, [.. members.Where(i => TextAnalysis.CodePoints(terms[i]) <= length)]));
        }

        foreach (var group in Groups(longer, terms, length + 1))
        {
            Split(group.Prefix, group.Terms, length + 1, terms, sizes, budget, shards);
        }
    }

    /// <summary>Consecutive runs of terms sharing their first <paramref name="length"/> code points (ordinal order keeps them together).</summary>
    private static IEnumerable<(string Prefix, List<int> Terms)> Groups(IEnumerable<int> members, IReadOnlyList<string> terms, int length)
    {
        string? current = null;
        List<int> run = [];
        foreach (var i in members)
        {
            var prefix = SearchText.Prefix(terms[i], length);
            if (current is not null && prefix != current)
            {
                yield return (current, run);
                run = [];
            }

            current = prefix;
            run.Add(i);
        }

        if (current is not null)
        {
            yield return (current, run);
        }
    }
}
