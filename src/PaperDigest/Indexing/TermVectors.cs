namespace PaperDigest.Indexing;

/// <summary>
/// Each paper's unit-length TF-IDF vector over its most distinctive words (at most <see cref="MaxTerms"/>),
/// heaviest first, ties by word: a word weighs (1 + ln its count in the paper) × ln(papers / papers with the
/// word), and words in a single paper, or in every paper, are left out. The terms are numbered 0 to
/// <see cref="TermCount"/> - 1, and all vectors share two flat arrays.
/// </summary>
internal sealed class TermVectors
{
    public const int MaxTerms = 16;

    // Paper i's vector is terms[i * MaxTerms..] and weights[i * MaxTerms..], lengths[i] long.
    private readonly int[] terms;
    private readonly double[] weights;
    private readonly int[] lengths;
    // The pool number of each term, and the term of each pool number (-1 for a word in no vector).
    private readonly int[] wordOfTerm;
    private readonly int[] termOfWord;

    private TermVectors(int[] terms, double[] weights, int[] lengths, int[] wordOfTerm, int[] termOfWord)
    {
        this.terms = terms;
        this.weights = weights;
        this.lengths = lengths;
        this.wordOfTerm = wordOfTerm;
        this.termOfWord = termOfWord;
    }

    public int TermCount => wordOfTerm.Length;

    /// <summary>The pool number of the word that term <paramref name="term"/> is.</summary>
    public int WordOf(int term) => wordOfTerm[term];

    /// <summary>The term that the word numbered <paramref name="word"/> in the pool is, or -1 if it is in no vector.</summary>
    public int TermOf(int word) => (uint)word < (uint)termOfWord.Length ? termOfWord[word] : -1;

    public ReadOnlySpan<int> Terms(int paper) => terms.AsSpan(paper * MaxTerms, lengths[paper]);

    public ReadOnlySpan<double> Weights(int paper) => weights.AsSpan(paper * MaxTerms, lengths[paper]);

    /// <param name="words">The pool the papers' words are numbered in.</param>
    public static TermVectors Of(IReadOnlyList<TermCounts> papers, WordPool words)
    {
        var count = papers.Count;
        var documentFrequency = new int[words.Count];
        foreach (var paper in papers)
        {
            foreach (var word in paper.Words)
            {
                documentFrequency[word]++;
            }
        }

        // The logarithms the weights are made of, computed once each rather than once a word.
        var inverseFrequency = new double[count + 1];
        for (var frequency = 1; frequency <= count; frequency++)
        {
            inverseFrequency[frequency] = Math.Log((double)count / frequency);
        }

        var countWeights = new double[64];
        for (var n = 1; n < countWeights.Length; n++)
        {
            countWeights[n] = 1 + Math.Log(n);
        }

        var terms = new int[count * MaxTerms];
        var weights = new double[count * MaxTerms];
        var lengths = new int[count];
        Parallel.For(0, count, i =>
        {
            var ids = papers[i].Words.AsSpan();
            var counts = papers[i].Counts;
            var top = terms.AsSpan(i * MaxTerms, MaxTerms);
            var topWeights = weights.AsSpan(i * MaxTerms, MaxTerms);
            var length = 0;
            for (var k = 0; k < ids.Length; k++)
            {
                var frequency = documentFrequency[ids[k]];
                if (frequency <= 1)
                {
                    continue;
                }

                var n = counts[k];
                var weight = ((uint)n < (uint)countWeights.Length ? countWeights[n] : 1 + Math.Log(n)) * inverseFrequency[frequency];
                if (!(weight > 0))
                {
                    continue;
                }

                // Insertion into the heaviest MaxTerms so far; `top` holds indices into this paper's words for now.
                var at = length;
                while (at > 0 && (weight > topWeights[at - 1]
                    || (weight == topWeights[at - 1] && words.CompareOrdinal(ids[k], ids[top[at - 1]]) < 0)))
                {
                    at--;
                }

                if (at == MaxTerms)
                {
                    continue;
                }

                var moved = Math.Min(length, MaxTerms - 1) - at;
                top.Slice(at, moved).CopyTo(top[(at + 1)..]);
                topWeights.Slice(at, moved).CopyTo(topWeights[(at + 1)..]);
                top[at] = k;
                topWeights[at] = weight;
                length = Math.Min(length + 1, MaxTerms);
            }

            // Summed heaviest first, as the scores were always computed.
            var squares = 0.0;
            for (var r = 0; r < length; r++)
            {
                squares += topWeights[r] * topWeights[r];
            }

            var norm = Math.Sqrt(squares);
            for (var r = 0; r < length; r++)
            {
                top[r] = ids[top[r]];
                topWeights[r] = norm == 0 ? 0 : topWeights[r] / norm;
            }

            lengths[i] = length;
        });

        var (wordOfTerm, termOfWord) = Renumber(terms, lengths, documentFrequency.Length);
        return new TermVectors(terms, weights, lengths, wordOfTerm, termOfWord);
    }

    /// <summary>Renumbers the words in the vectors 0, 1, 2... so per-term arrays need not span the whole vocabulary.</summary>
    private static (int[] WordOfTerm, int[] TermOfWord) Renumber(int[] terms, int[] lengths, int wordCount)
    {
        var renumbered = new int[wordCount];
        Array.Fill(renumbered, -1);
        var words = new List<int>();
        for (var i = 0; i < lengths.Length; i++)
        {
            foreach (ref var term in terms.AsSpan(i * MaxTerms, lengths[i]))
            {
                if (renumbered[term] < 0)
                {
                    renumbered[term] = words.Count;
                    words.Add(term);
                }

                term = renumbered[term];
            }
        }

        return ([.. words], renumbered);
    }
}
