using System.Collections.Immutable;
using PaperDigest.Incremental;

namespace PaperDigest.Indexing;

/// <summary>
/// Updating the last build's related papers rather than searching every paper again. The papers must be the same
/// (else everything is searched); those that moved among the others count as changed (see <see cref="Reordered"/>).
/// A paper's list depends only on its candidates (the papers near it in the posting lists of its tags and vector
/// words) and on their vectors and tags, so with C the papers whose vector or tags changed:
/// <list type="bullet">
/// <item>papers in C, and papers near one of them in the posting list of a key it gained or lost (whose windows of
/// candidates may have moved), are searched again in full;</item>
/// <item>every other paper has the same candidates as before; if some are in C, it is searched again in full when
/// one of them was on its list, and otherwise its list is rescored with those candidates added;</item>
/// <item>the rest keep their lists.</item>
/// </list>
/// The result is the one a search of every paper gives; when many papers changed (a common word's weight moves
/// every vector that has it), everything is searched, which is then no slower.
/// </summary>
internal static partial class RelatedPapers
{
    /// <summary>The share of papers (1 in this many) above which changed vectors are not worth tracing.</summary>
    private const int TraceUpTo = 16;

    /// <summary>Each paper's list, updated from <paramref name="previous"/>; null when searching everything is simpler.</summary>
    /// <param name="previous">The last build's memory, in this build's order of the papers.</param>
    /// <param name="moved">Papers whose place among the others changed, each with where it was (see <see cref="Reordered"/>).</param>
    private static (ImmutableArray<ImmutableArray<int>> Lists, int Searched)? Update(
        Shared shared, RelatedMemory previous, IReadOnlyList<MovedPaper> moved, ImmutableArray<Fingerprint> fingerprints, Dictionary<string, int> tagNumbers, WordPool words)
    {
        var count = fingerprints.Length;
        var wasAt = moved.ToDictionary(m => m.Paper, m => m.WasBefore);
        var changed = new List<int>();
        for (var i = 0; i < count; i++)
        {
            if (fingerprints[i] != previous.Vectors[i] || wasAt.ContainsKey(i))
            {
                changed.Add(i);
            }
        }

        if (changed.Count == 0)
        {
            return (previous.Lists, 0);
        }

        if (changed.Count > count / TraceUpTo)
        {
            return null;
        }

        var isChanged = new bool[count];
        var searchAgain = new bool[count];
        foreach (var j in changed)
        {
            isChanged[j] = searchAgain[j] = true;
        }

        // A paper within the window's reach of j in the list of a key j gained or lost may have other candidates
        // now. The list before differs from the list now only by papers in C, hence the wider reach counted here.
        var reach = PostingLimit + 2 + changed.Count;
        foreach (var j in changed)
        {
            if (previous.Keys(j) is not { } keys)
            {
                return null;
            }

            var tagsBefore = keys.Tags.Select(tag => tagNumbers.GetValueOrDefault(tag, -1));
            var termsBefore = keys.Words.Select(word => words.TryFind(word, out var id) ? shared.Vectors.TermOf(id) : -1);
            if (wasAt.TryGetValue(j, out var before))
            {
                // A paper that moved left the lists of the keys it had where it was, and joined those it has where it is.
                MarkMoved(shared.ByTag, tagsBefore, shared.TagsOf(j), j, before, moved.Count == 1, reach, searchAgain);
                MarkMoved(shared.ByTerm, termsBefore, shared.Vectors.Terms(j), j, before, moved.Count == 1, reach, searchAgain);
                continue;
            }

            foreach (var tag in GainedOrLost(tagsBefore, shared.TagsOf(j)))
            {
                MarkNear(shared.ByTag.All(tag), j, reach, searchAgain);
            }

            foreach (var term in GainedOrLost(termsBefore, shared.Vectors.Terms(j)))
            {
                MarkNear(shared.ByTerm.All(term), j, reach, searchAgain);
            }
        }

        // The other papers' windows are as they were: those with a changed paper among their candidates.
        var rescore = new Dictionary<int, List<int>>();
        foreach (var j in changed)
        {
            foreach (var tag in shared.TagsOf(j))
            {
                FindCandidates(shared.ByTag, tag, j);
            }

            foreach (var term in shared.Vectors.Terms(j))
            {
                FindCandidates(shared.ByTerm, term, j);
            }
        }

        foreach (var (i, _) in rescore)
        {
            if (previous.Lists[i].Any(j => isChanged[j]))
            {
                searchAgain[i] = true;
            }
        }

        var searched = Enumerable.Range(0, count).Where(i => searchAgain[i]).ToArray();
        if (searched.Length > count / 2)
        {
            return null;
        }

        var result = previous.Lists.ToArray();
        Parallel.For(0, searched.Length, () => new Search(shared), (n, _, search) =>
        {
            result[searched[n]] = search.Related(searched[n]);
            return search;
        }, _ => { });

        var rescorer = new Search(shared);
        foreach (var (i, candidates) in rescore)
        {
            if (!searchAgain[i])
            {
                result[i] = rescorer.Rescore(i, previous.Lists[i], candidates);
            }
        }

        return ([.. result], searched.Length);

        void FindCandidates(PostingLists lists, int key, int j)
        {
            var list = lists.All(key);
            var at = list.BinarySearch(j);
            for (var p = Math.Max(0, at - PostingLimit - 1); p <= Math.Min(list.Length - 1, at + PostingLimit + 1); p++)
            {
                var i = list[p];
                if (!searchAgain[i] && lists.Near(key, i, PostingLimit).BinarySearch(j) >= 0)
                {
                    if (!rescore.TryGetValue(i, out var candidates))
                    {
                        rescore[i] = candidates = [];
                    }

                    if (!candidates.Contains(j))
                    {
                        candidates.Add(j);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Marks the papers near where a moved paper was in the lists of the keys it had, and near where it is in the lists
    /// of the keys it has. When it is the only paper that moved, a list where it kept its place among the others is
    /// the same list as before, and is left alone: a paper moved within its day passes few papers of each list.
    /// </summary>
    private static void MarkMoved(PostingLists lists, IEnumerable<int> keysBefore, ReadOnlySpan<int> keysNow, int paper, int wasBefore, bool alone, int reach, bool[] marks)
    {
        var had = keysBefore.Where(key => key >= 0).ToHashSet();
        foreach (var key in keysNow)
        {
            var list = lists.All(key);
            if (!had.Remove(key) || !alone || !SamePlace(list, paper, wasBefore))
            {
                MarkNear(list, paper, reach, marks);
                MarkNear(list, wasBefore, reach, marks);
            }
        }

        foreach (var key in had)
        {
            MarkNear(lists.All(key), wasBefore, reach, marks);
        }
    }

    /// <summary>Whether <paramref name="paper"/> is where it was in <paramref name="list"/>: just before the first paper after its old place.</summary>
    private static bool SamePlace(ReadOnlySpan<int> list, int paper, int wasBefore)
    {
        var now = list.BinarySearch(paper);
        var was = list.BinarySearch(wasBefore);
        was = was < 0 ? ~was : was;
        // Without the paper itself, the others after it move up one place.
        return (was > now ? was - 1 : was) == now;
    }

    /// <summary>
    /// The last build's memory in this build's order, when the papers are the same but some moved (a retitled paper
    /// takes another place in its day): the papers that keep their order among themselves are the longest run of
    /// them in the old order, and the others moved. Null when the papers are not the same.
    /// </summary>
    private static (RelatedMemory? Memory, IReadOnlyList<MovedPaper> Moved) Reordered(RelatedMemory previous, ImmutableArray<string> slugs)
    {
        var count = slugs.Length;
        if (previous.Slugs.Length != count || previous.Vectors.Length != count)
        {
            return (null, []);
        }

        var oldIndex = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            if (!oldIndex.TryAdd(previous.Slugs[i], i))
            {
                return (null, []);
            }
        }

        // oldOf[i]: where paper i (in this build's order) was; newOf[o]: where the paper that was at o is.
        var oldOf = new int[count];
        var newOf = new int[count];
        for (var i = 0; i < count; i++)
        {
            if (!oldIndex.TryGetValue(slugs[i], out var was))
            {
                return (null, []);
            }

            oldOf[i] = was;
            newOf[was] = i;
        }

        var stays = LongestIncreasing(oldOf);
        var moved = new List<MovedPaper>();
        // Where a moved paper was, in this build's order: just before the first paper after it in the old order
        // that did not move (the end if none), so a search of a posting list finds its old place.
        var next = count;
        for (var o = count - 1; o >= 0; o--)
        {
            var now = newOf[o];
            if (stays[now])
            {
                next = now;
            }
            else
            {
                moved.Add(new MovedPaper(now, next));
            }
        }

        if (moved.Count > count / TraceUpTo)
        {
            return (null, []);
        }

        var memory = new RelatedMemory(
            slugs,
            [.. oldOf.Select(o => previous.Vectors[o])],
            [.. oldOf.Select(o => previous.Lists[o].Select(j => newOf[j]).ToImmutableArray())],
            i => previous.Keys(oldOf[i]));
        return (memory, moved);
    }

    /// <summary>Which items are in one longest strictly increasing run of <paramref name="values"/> (patience sorting).</summary>
    private static bool[] LongestIncreasing(int[] values)
    {
        var tails = new List<int>();
        var previousOf = new int[values.Length];
        foreach (var (value, i) in values.Select((v, i) => (v, i)))
        {
            var at = BinarySearchTails(tails, values, value);
            previousOf[i] = at > 0 ? tails[at - 1] : -1;
            if (at == tails.Count)
            {
                tails.Add(i);
            }
            else
            {
                tails[at] = i;
            }
        }

        var inRun = new bool[values.Length];
        for (var i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = previousOf[i])
        {
            inRun[i] = true;
        }

        return inRun;
    }

    /// <summary>The first place in <paramref name="tails"/> whose value is not below <paramref name="value"/>.</summary>
    private static int BinarySearchTails(List<int> tails, int[] values, int value)
    {
        var (low, high) = (0, tails.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (values[tails[middle]] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>A paper that moved among the others, and where it was: before the paper now at <paramref name="WasBefore"/>.</summary>
    private readonly record struct MovedPaper(int Paper, int WasBefore);

    /// <summary>The keys in one of the two sets only (-1, a key no paper has now, is left out: its list holds only changed papers).</summary>
    private static int[] GainedOrLost(IEnumerable<int> before, ReadOnlySpan<int> now)
    {
        var was = before.Where(key => key >= 0).ToHashSet();
        var @is = now.ToArray().ToHashSet();
        return was.Except(@is).Concat(@is.Except(was)).ToArray();
    }

    /// <summary>Marks the papers within <paramref name="reach"/> places of where <paramref name="paper"/> is, or would be, in <paramref name="list"/>.</summary>
    private static void MarkNear(ReadOnlySpan<int> list, int paper, int reach, bool[] marks)
    {
        var at = list.BinarySearch(paper);
        at = at < 0 ? ~at : at;
        for (var p = Math.Max(0, at - reach); p < Math.Min(list.Length, at + reach + 1); p++)
        {
            marks[list[p]] = true;
        }
    }
}
