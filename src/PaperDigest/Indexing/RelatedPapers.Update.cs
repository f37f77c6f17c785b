using System.Collections.Immutable;
using PaperDigest.Incremental;
using PaperDigest.Rendering;

namespace PaperDigest.Indexing;

/// <summary>
/// Updating the last build's related papers rather than searching every paper again. The papers must be the same
/// and in the same order (else everything is searched). A paper's list depends only on its candidates (the papers
/// near it in the posting lists of its tags and vector words) and on their vectors and tags, so with C the papers
/// whose vector or tags changed:
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
    private static (ImmutableArray<ImmutableArray<int>> Lists, int Searched)? Update(
        Shared shared, RelatedMemory previous, ImmutableArray<Fingerprint> fingerprints, Dictionary<string, int> tagNumbers, WordPool words)
    {
        var count = fingerprints.Length;
        var changed = new List<int>();
        for (var i = 0; i < count; i++)
        {
            if (fingerprints[i] != previous.Vectors[i])
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
            foreach (var tag in GainedOrLost(tagsBefore, shared.TagsOf(j)))
            {
                MarkNear(shared.ByTag.All(tag), j, reach, searchAgain);
            }

            var termsBefore = keys.Words.Select(word => words.TryFind(word, out var id) ? shared.Vectors.TermOf(id) : -1);
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
