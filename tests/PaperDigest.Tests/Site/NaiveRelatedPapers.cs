using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Indexing;

namespace PaperDigest.Tests.Site;

/// <summary>
/// Related papers computed the plain, slow way, straight from each paper's title and the words of its write-up as
/// strings, with string-keyed dictionaries and LINQ: what <see cref="RelatedPapers"/> must agree with, list for list.
/// </summary>
internal static class NaiveRelatedPapers
{
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
        for (var i = 0; i < papers.Count; i++)
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
                .Take(RelatedPapers.Count)
                .Select(c => c.Index)];
        }

        return [.. result];
    }

    /// <summary>Each distinct term of the title and of the write-up's words (Markdown <paramref name="body"/> rendered), with its count.</summary>
    public static Dictionary<string, int> Count(string title, string body)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in TextAnalysis.English.Terms(title).Concat(TextAnalysis.English.Terms(RelatedPapersTests.WriteUpText(body))))
        {
            words[word] = words.GetValueOrDefault(word) + 1;
        }

        return words;
    }

    private static List<int> Postings(Dictionary<string, List<int>> index, string key)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        return list;
    }

    /// <summary>The whole posting list, or the 60 entries nearest to <paramref name="i"/>.</summary>
    private static void Near(List<int> postings, int i, HashSet<int> into)
    {
        if (postings.Count <= 60)
        {
            into.UnionWith(postings);
            return;
        }

        var at = postings.BinarySearch(i);
        at = at < 0 ? ~at : at;
        var start = Math.Clamp(at - 30, 0, postings.Count - 60);
        into.UnionWith(postings.GetRange(start, 60));
    }

    private static double Score(Paper a, Paper b, Dictionary<string, double> va, Dictionary<string, double> vb)
    {
        var shared = a.Tags.Count(b.Tags.Contains);
        var tagScore = a.Tags.Length + b.Tags.Length == 0 ? 0 : 2.0 * shared / (a.Tags.Length + b.Tags.Length);
        var (small, large) = va.Count <= vb.Count ? (va, vb) : (vb, va);
        var cosine = small.Sum(kv => large.TryGetValue(kv.Key, out var w) ? kv.Value * w : 0);
        return Math.Round((0.6 * tagScore) + (0.4 * cosine), 9);
    }

    /// <summary>Unit-length vectors of the 16 heaviest words by TF-IDF, heaviest first, ties by word.</summary>
    private static Dictionary<string, double>[] TfIdf(IReadOnlyList<Paper> papers)
    {
        var counts = papers.Select(p => Count(p.Title, p.Body)).ToArray();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in counts.SelectMany(words => words.Keys))
        {
            documentFrequency[word] = documentFrequency.GetValueOrDefault(word) + 1;
        }

        return [.. counts.Select(words =>
        {
            var weights = words
                .Where(kv => documentFrequency[kv.Key] > 1)
                .Select(kv => (Term: kv.Key, Weight: (1 + Math.Log(kv.Value)) * Math.Log((double)papers.Count / documentFrequency[kv.Key])))
                .Where(t => t.Weight > 0)
                .OrderByDescending(t => t.Weight)
                .ThenBy(t => t.Term, StringComparer.Ordinal)
                .Take(16)
                .ToList();
            var norm = Math.Sqrt(weights.Sum(t => t.Weight * t.Weight));
            return weights.ToDictionary(t => t.Term, t => norm == 0 ? 0 : t.Weight / norm, StringComparer.Ordinal);
        })];
    }
}
