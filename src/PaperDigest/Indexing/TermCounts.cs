using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace PaperDigest.Indexing;

/// <summary>
/// How often each distinct word occurs in a paper's title and write-up, lower-cased, stop words left out:
/// all <see cref="RelatedPapers"/> needs of the text, counted when the write-up is rendered so the Markdown
/// need not be kept. <see cref="Words"/> (numbers in the build's <see cref="WordPool"/>, in order of first
/// occurrence) and <see cref="Counts"/> are parallel.
/// </summary>
internal sealed partial record TermCounts(ImmutableArray<int> Words, ImmutableArray<int> Counts)
{
    public static TermCounts Empty { get; } = new([], []);

    internal static readonly FrozenSet<string> StopWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "the", "and", "for", "that", "with", "this", "from", "are", "was", "were", "which", "their", "they", "them",
        "its", "into", "than", "then", "but", "not", "can", "has", "have", "had", "one", "two", "more", "most",
        "such", "also", "what", "when", "where", "how", "why", "who", "all", "any", "each", "other", "some", "only",
        "over", "under", "about", "between", "through", "there", "these", "those", "here", "our", "out", "up",
        "will", "would", "could", "should", "may", "might", "much", "many", "very", "just", "like", "does", "did",
        "been", "being", "both", "same", "own", "way", "use", "used", "using", "paper", "papers", "authors",
        "work", "show", "shows", "new", "it's", "whether", "while", "rather", "even", "still", "yet", "make",
        "makes", "made", "well", "less", "because", "so", "what's", "one's", "without", "within", "across",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordSpans =
        StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(@"[\p{L}][\p{L}\p{Nd}'-]{2,}")]
    private static partial Regex Word();

    /// <summary>Counts the words of <paramref name="title"/> and <paramref name="body"/> (Markdown, read as plain text).</summary>
    public static TermCounts Of(string title, string body, WordPool pool)
    {
        var counts = new Dictionary<int, int>();
        Span<char> buffer = stackalloc char[64];
        // A title's last word cannot run on into the body (a space is no word character), so the two are
        // matched apart, as if joined by a space.
        Add(title, counts, pool, buffer);
        Add(body, counts, pool, buffer);
        return new TermCounts([.. counts.Keys], [.. counts.Values]);
    }

    private static void Add(string text, Dictionary<int, int> counts, WordPool pool, Span<char> buffer)
    {
        foreach (var match in Word().EnumerateMatches(text))
        {
            var source = text.AsSpan(match.Index, match.Length);
            // Invariant lower-casing keeps the length.
            var word = source.Length <= buffer.Length ? buffer[..source.Length] : new char[source.Length];
            source.ToLowerInvariant(word);
            if (!StopWordSpans.Contains(word))
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, pool.Id(word), out _)++;
            }
        }
    }
}
