using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PaperDigest.Incremental;
using PaperDigest.Rendering;

namespace PaperDigest.Indexing;

/// <summary>
/// "Related papers", computed at build time: a paper scores 0.6 × the Dice coefficient of the two papers' tags
/// plus 0.4 × the cosine of their write-ups' TF-IDF vectors (<see cref="TermVectors"/>), rounded to 9 digits,
/// and the best four above 0.05 are kept. Deterministic: ties are broken by slug. Candidates come from shared
/// tags and shared distinctive words, each posting list cut to the papers nearest in digest order so very large
/// digests stay fast. Tags and terms are numbered first, so scoring a pair is integer work on short arrays, and
/// a candidate that cannot make the best four is dropped before its cosine is computed. Given the last build's
/// <see cref="RelatedMemory"/>, only the papers an edit can reach are searched again (see <c>RelatedPapers.Update.cs</c>).
/// </summary>
internal static partial class RelatedPapers
{
    public const int Count = 4;
    // Bounds the candidates per paper to (tags + terms) × 60, whatever the size of the digest.
    private const int PostingLimit = 60;
    private const double Threshold = 0.05;
    // More than rounding to 9 digits (5e-10) and the floating-point error of a cosine can move a score: a
    // candidate is dropped before it is scored in full only if it would fall short even with this much more.
    private const double Slack = 2e-9;

    /// <param name="papers">Papers in digest order (newest first).</param>
    /// <param name="words">The pool the papers' words are numbered in.</param>
    /// <returns>For each paper (same index), the indices of its related papers, best first.</returns>
    public static ImmutableArray<ImmutableArray<int>> Compute(IReadOnlyList<RenderedPaper> papers, WordPool words) =>
        Compute(papers, words, null).Lists;

    /// <inheritdoc cref="Compute(IReadOnlyList{RenderedPaper}, WordPool)"/>
    /// <param name="previous">What the last build computed, if known: papers it cannot have changed keep their lists.</param>
    public static RelatedOutcome Compute(IReadOnlyList<RenderedPaper> papers, WordPool words, RelatedMemory? previous)
    {
        var vectors = TermVectors.Of([.. papers.Select(p => p.Terms)], words);
        var (tagStarts, tags, tagNumbers) = NumberTags(papers);
        var shared = new Shared(
            vectors,
            tagStarts,
            tags,
            PostingLists.Of(tagNumbers.Count, papers.Count, i => new ReadOnlySpan<int>(tags, tagStarts[i], tagStarts[i + 1] - tagStarts[i])),
            PostingLists.Of(vectors.TermCount, papers.Count, vectors.Terms),
            SlugRanks(papers));

        ImmutableArray<string> slugs = [.. papers.Select(p => p.Paper.Slug)];
        var fingerprints = RelatedPapersCache.VectorKeys(papers, vectors, words);
        var reordered = previous is null || (previous.Vectors.Length == papers.Count && previous.Slugs.AsSpan().SequenceEqual(slugs.AsSpan()))
            ? (Memory: previous, Moved: [])
            : Reordered(previous, slugs);
        var updated = reordered.Memory is { } usable
            ? Update(shared, usable, reordered.Moved, fingerprints, tagNumbers, words)
            : null;
        var (lists, searched) = updated ?? (SearchAll(shared), papers.Count);
        var memory = new RelatedMemory(slugs, fingerprints, lists, i => new PaperKeys(
            papers[i].Paper.Tags,
            [.. vectors.Terms(i).ToArray().Select(term => words[vectors.WordOf(term)])]));
        return new RelatedOutcome(lists, memory, searched);
    }

    private static ImmutableArray<ImmutableArray<int>> SearchAll(Shared shared)
    {
        var result = new ImmutableArray<int>[shared.SlugRanks.Length];
        Parallel.For(0, result.Length, () => new Search(shared), (i, _, search) =>
        {
            result[i] = search.Related(i);
            return search;
        }, _ => { });
        return [.. result];
    }

    /// <summary>
    /// Each paper's tags as numbers, sorted, paper i's at tags[tagStarts[i]..tagStarts[i + 1]]. A paper lists a
    /// tag once (the parser refuses a tag listed twice).
    /// </summary>
    private static (int[] TagStarts, int[] Tags, Dictionary<string, int> TagNumbers) NumberTags(IReadOnlyList<RenderedPaper> papers)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var starts = new int[papers.Count + 1];
        var tags = new List<int>();
        for (var i = 0; i < papers.Count; i++)
        {
            foreach (var tag in papers[i].Paper.Tags)
            {
                if (!numbers.TryGetValue(tag, out var number))
                {
                    numbers[tag] = number = numbers.Count;
                }

                tags.Add(number);
            }

            starts[i + 1] = tags.Count;
            CollectionsMarshal.AsSpan(tags)[starts[i]..].Sort();
        }

        return (starts, [.. tags], numbers);
    }

    /// <summary>Each paper's place in ordinal order of slugs, so ties compare two integers.</summary>
    private static int[] SlugRanks(IReadOnlyList<RenderedPaper> papers)
    {
        var bySlug = Enumerable.Range(0, papers.Count).ToArray();
        Array.Sort(bySlug, (a, b) =>
        {
            var bySlugText = string.CompareOrdinal(papers[a].Paper.Slug, papers[b].Paper.Slug);
            return bySlugText != 0 ? bySlugText : a.CompareTo(b);
        });
        var ranks = new int[papers.Count];
        for (var rank = 0; rank < bySlug.Length; rank++)
        {
            ranks[bySlug[rank]] = rank;
        }

        return ranks;
    }

    /// <summary>What every thread reads: the numbered tags and vectors, their posting lists, the slugs' order.</summary>
    private sealed record Shared(
        TermVectors Vectors, int[] TagStarts, int[] Tags, PostingLists ByTag, PostingLists ByTerm, int[] SlugRanks)
    {
        // A span made directly, not by slicing with a range: the generic slicing helper runs unoptimised in a
        // precompiled build, and this runs for every pair of papers scored.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ReadOnlySpan<int> TagsOf(int paper) => new(Tags, TagStarts[paper], TagStarts[paper + 1] - TagStarts[paper]);
    }

    /// <summary>
    /// One thread's working arrays, reused from paper to paper. Its methods run millions of times in one build,
    /// a one-off run: they are compiled optimised from the start rather than after tiering up.
    /// </summary>
    private sealed class Search(Shared shared)
    {
        // seen[j] == i + 1 when paper j is already a candidate for paper i; termOfI[t] == i + 1 when term t is in i's vector.
        private readonly int[] seen = new int[shared.SlugRanks.Length];
        private readonly int[] termOfI = new int[shared.Vectors.TermCount];
        private readonly int[] termSlot = new int[shared.Vectors.TermCount];
        private readonly double[] products = new double[TermVectors.MaxTerms];
        private readonly int[] best = new int[Count];
        private readonly double[] bestScores = new double[Count];
        private int[] candidates = new int[256];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public ImmutableArray<int> Related(int i)
        {
            var mark = Begin(i);
            var terms = shared.Vectors.Terms(i);
            var candidateCount = 0;
            seen[i] = mark;
            foreach (var tag in shared.TagsOf(i))
            {
                candidateCount = Collect(shared.ByTag.Near(tag, i, PostingLimit), mark, candidateCount);
            }

            foreach (var term in terms)
            {
                candidateCount = Collect(shared.ByTerm.Near(term, i, PostingLimit), mark, candidateCount);
            }

            var bestCount = 0;
            foreach (var j in candidates.AsSpan(0, candidateCount))
            {
                // Below this, j can neither pass the threshold nor beat the fourth best (scores are rounded to 9 digits).
                var bar = Math.Max(Threshold, bestCount == Count ? bestScores[Count - 1] : 0) - Slack;
                var tagScore = TagScore(i, j);
                if ((0.6 * tagScore) + 0.4 < bar)
                {
                    continue; // not even with a cosine of 1
                }

                var unrounded = (0.6 * tagScore) + (0.4 * Cosine(i, j, mark));
                if (unrounded < bar)
                {
                    continue;
                }

                var score = Math.Round(unrounded, 9);
                if (score > Threshold)
                {
                    bestCount = Keep(j, score, bestCount);
                }
            }

            return [.. best.AsSpan(0, bestCount)];
        }

        /// <summary>
        /// Paper i's list when only some of its candidates changed, none of them on its last list: the last list
        /// and the changed candidates, scored again, give the same best four as a search over all its candidates.
        /// </summary>
        public ImmutableArray<int> Rescore(int i, ImmutableArray<int> last, IEnumerable<int> changed)
        {
            var mark = Begin(i);
            var bestCount = 0;
            foreach (var j in last.Concat(changed))
            {
                var score = Math.Round((0.6 * TagScore(i, j)) + (0.4 * Cosine(i, j, mark)), 9);
                if (score > Threshold)
                {
                    bestCount = Keep(j, score, bestCount);
                }
            }

            return [.. best.AsSpan(0, bestCount)];
        }

        /// <summary>Marks paper i's terms for <see cref="Cosine"/>; the mark is i + 1.</summary>
        private int Begin(int i)
        {
            var mark = i + 1;
            var terms = shared.Vectors.Terms(i);
            for (var slot = 0; slot < terms.Length; slot++)
            {
                termOfI[terms[slot]] = mark;
                termSlot[terms[slot]] = slot;
            }

            return mark;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int Collect(ReadOnlySpan<int> papers, int mark, int count)
        {
            if (candidates.Length < count + papers.Length)
            {
                Array.Resize(ref candidates, Math.Max(candidates.Length * 2, count + papers.Length));
            }

            foreach (var j in papers)
            {
                if (seen[j] != mark)
                {
                    seen[j] = mark;
                    candidates[count++] = j;
                }
            }

            return count;
        }

        /// <summary>The Dice coefficient of the two papers' tags.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private double TagScore(int i, int j)
        {
            var tagsI = shared.TagsOf(i);
            var tagsJ = shared.TagsOf(j);
            var sharedTags = 0;
            for (int a = 0, b = 0; a < tagsI.Length && b < tagsJ.Length;)
            {
                if (tagsI[a] < tagsJ[b])
                {
                    a++;
                }
                else if (tagsI[a] > tagsJ[b])
                {
                    b++;
                }
                else
                {
                    sharedTags++;
                    a++;
                }
            }

            return tagsI.Length + tagsJ.Length == 0 ? 0 : 2.0 * sharedTags / (tagsI.Length + tagsJ.Length);
        }

        /// <summary>
        /// The dot product of i's and j's vectors. Floating-point sums depend on their order, so the products are
        /// summed as they always have been: in the order of the shorter vector's terms, i's if neither is shorter.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private double Cosine(int i, int j, int mark)
        {
            var weightsI = shared.Vectors.Weights(i);
            var termsJ = shared.Vectors.Terms(j);
            var weightsJ = shared.Vectors.Weights(j);
            var cosine = 0.0;
            if (weightsI.Length <= termsJ.Length)
            {
                var matched = 0;
                for (var k = 0; k < termsJ.Length; k++)
                {
                    if (termOfI[termsJ[k]] == mark)
                    {
                        var slot = termSlot[termsJ[k]];
                        products[slot] = weightsI[slot] * weightsJ[k];
                        matched |= 1 << slot;
                    }
                }

                for (var slot = 0; matched != 0; slot++, matched >>= 1)
                {
                    if ((matched & 1) != 0)
                    {
                        cosine += products[slot];
                    }
                }
            }
            else
            {
                for (var k = 0; k < termsJ.Length; k++)
                {
                    if (termOfI[termsJ[k]] == mark)
                    {
                        cosine += weightsJ[k] * weightsI[termSlot[termsJ[k]]];
                    }
                }
            }

            return cosine;
        }

        /// <summary>Inserts j into the best so far: highest score first, then by slug.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int Keep(int j, double score, int count)
        {
            var rank = shared.SlugRanks[j];
            var at = count;
            while (at > 0 && (score > bestScores[at - 1] || (score == bestScores[at - 1] && rank < shared.SlugRanks[best[at - 1]])))
            {
                at--;
            }

            if (at == Count)
            {
                return count;
            }

            var moved = Math.Min(count, Count - 1) - at;
            best.AsSpan(at, moved).CopyTo(best.AsSpan(at + 1));
            bestScores.AsSpan(at, moved).CopyTo(bestScores.AsSpan(at + 1));
            best[at] = j;
            bestScores[at] = score;
            return Math.Min(count + 1, Count);
        }
    }
}
