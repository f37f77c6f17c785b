using System.Collections.Immutable;
using System.Text.RegularExpressions;
using PaperDigest.Content;

namespace PaperDigest.Indexing;

/// <summary>
/// "Related papers", computed at build time: shared tags (Dice coefficient) plus the cosine similarity of
/// the write-ups' TF-IDF vectors. Candidates come from shared tags and shared distinctive words, each
/// posting list cut to the papers nearest in digest order so very large digests stay fast. Deterministic:
/// ties are broken by slug.
/// </summary>
public static partial class RelatedPapers
{
    public const int Count = 4;
    private const int TermsPerPaper = 16;
    // Bounds the candidates per paper to (tags + terms) × 60, whatever the size of the digest.
    private const int PostingLimit = 60;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "that", "with", "this", "from", "are", "was", "were", "which", "their", "they", "them",
        "its", "into", "than", "then", "but", "not", "can", "has", "have", "had", "one", "two", "more", "most",
        "such", "also", "what", "when", "where", "how", "why", "who", "all", "any", "each", "other", "some", "only",
        "over", "under", "about", "between", "through", "there", "these", "those", "here", "our", "out", "up",
        "will", "would", "could", "should", "may", "might", "much", "many", "very", "just", "like", "does", "did",
        "been", "being", "both", "same", "own", "way", "use", "used", "using", "paper", "papers", "authors",
        "work", "show", "shows", "new", "it's", "whether", "while", "rather", "even", "still", "yet", "make",
        "makes", "made", "well", "less", "because", "so", "what's", "one's", "without", "within", "across",
    };

    [GeneratedRegex(@"[\p{L}][\p{L}\p{Nd}'-]{2,}")]
    private static partial Regex Word();

    /// <param name="papers">Papers in digest order (newest first).</param>
    /// <returns>For each paper (same index), the indices of its related papers, best first.</returns>
    public static ImmutableArray<ImmutableArray<int>> Compute(IReadOnlyList<Paper> papers)
    {
        var vectors = TfIdf(papers);
        var byTag = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byTerm = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < papers.Count; i++)
        {
            foreach (var tag in papers[i].Tags)
            {
                Postings(byTag, tag).Add(i);
            }

            foreach (var term in vectors[i].Keys)
            {
                Postings(byTerm, term).Add(i);
            }
        }

        var result = new ImmutableArray<int>[papers.Count];
        Parallel.For(0, papers.Count, i =>
        {
            var candidates = new HashSet<int>();
            foreach (var tag in papers[i].Tags)
            {
                Near(byTag[tag], i, candidates);
            }

            foreach (var term in vectors[i].Keys)
            {
                Near(byTerm[term], i, candidates);
            }

            candidates.Remove(i);
            result[i] = [.. candidates
                .Select(j => (Index: j, Score: Score(papers[i], papers[j], vectors[i], vectors[j])))
                .Where(c => c.Score > 0.05)
                .OrderByDescending(c => c.Score)
                .ThenBy(c => papers[c.Index].Slug, StringComparer.Ordinal)
                .Take(Count)
                .Select(c => c.Index)];
        });

        return [.. result];
    }

    private static List<int> Postings(Dictionary<string, List<int>> index, string key)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        return list;
    }

    /// <summary>Adds the entries of a (sorted) posting list nearest to <paramref name="i"/> in digest order.</summary>
    private static void Near(List<int> postings, int i, HashSet<int> into)
    {
        if (postings.Count <= PostingLimit)
        {
            into.UnionWith(postings);
            return;
        }

        var at = postings.BinarySearch(i);
        at = at < 0 ? ~at : at;
        var start = Math.Clamp(at - (PostingLimit / 2), 0, postings.Count - PostingLimit);
        into.UnionWith(postings.GetRange(start, PostingLimit));
    }

    private static double Score(Paper a, Paper b, Dictionary<string, double> va, Dictionary<string, double> vb)
    {
        var shared = a.Tags.Count(b.Tags.Contains);
        var tagScore = a.Tags.Length + b.Tags.Length == 0 ? 0 : 2.0 * shared / (a.Tags.Length + b.Tags.Length);
        var (small, large) = va.Count <= vb.Count ? (va, vb) : (vb, va);
        var cosine = small.Sum(kv => large.TryGetValue(kv.Key, out var w) ? kv.Value * w : 0);
        return Math.Round((0.6 * tagScore) + (0.4 * cosine), 9);
    }

    /// <summary>Unit-length TF-IDF vectors over each write-up's most distinctive words (plus its title).</summary>
    private static Dictionary<string, double>[] TfIdf(IReadOnlyList<Paper> papers)
    {
        var counts = new Dictionary<string, int>[papers.Count];
        Parallel.For(0, papers.Count, i =>
        {
            var words = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (Match match in Word().Matches(papers[i].Title + " " + papers[i].Body))
            {
                var word = match.Value.ToLowerInvariant();
                if (!StopWords.Contains(word))
                {
                    words[word] = words.GetValueOrDefault(word) + 1;
                }
            }

            counts[i] = words;
        });

        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var words in counts)
        {
            foreach (var word in words.Keys)
            {
                documentFrequency[word] = documentFrequency.GetValueOrDefault(word) + 1;
            }
        }

        var vectors = new Dictionary<string, double>[papers.Count];
        Parallel.For(0, papers.Count, i =>
        {
            var weights = counts[i]
                .Where(kv => documentFrequency[kv.Key] > 1)
                .Select(kv => (Term: kv.Key, Weight: (1 + Math.Log(kv.Value)) * Math.Log((double)papers.Count / documentFrequency[kv.Key])))
                .Where(t => t.Weight > 0)
                .OrderByDescending(t => t.Weight)
                .ThenBy(t => t.Term, StringComparer.Ordinal)
                .Take(TermsPerPaper)
                .ToList();
            var norm = Math.Sqrt(weights.Sum(t => t.Weight * t.Weight));
            vectors[i] = weights.ToDictionary(t => t.Term, t => norm == 0 ? 0 : t.Weight / norm, StringComparer.Ordinal);
        });

        return vectors;
    }
}
