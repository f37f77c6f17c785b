using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace PaperDigest.Indexing;

/// <summary>
/// The one way text becomes terms, for the search index and for related papers alike, and the same way in
/// <c>theme/assets/search.js</c>, which tokenises queries: compatibility decomposition (NFKD), combining marks dropped,
/// lower case, a few letters that do not decompose folded (ß → ss, æ → ae, ø → o, ł → l …), then split into runs of
/// letters and digits ("Löwen", "LOWEN" and "Lowen" all become <c>lowen</c>). A term is a token of at least
/// <see cref="MinTermLength"/> code points that is not one of the digest's <see cref="StopWords"/>.
/// </summary>
internal sealed class TextAnalysis
{
    /// <summary>Shorter tokens are not terms: they would match nearly everything as prefixes, and relate nothing.</summary>
    public const int MinTermLength = 2;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> stopWordSpans;

    private TextAnalysis(FrozenSet<string> stopWords)
    {
        StopWords = stopWords;
        stopWordSpans = stopWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The analysis of English digests: function words, and the words nearly every write-up of a paper digest uses
    /// ("paper", "authors", "show", "new"), are left out. They say nothing of what a paper is about, so they would
    /// relate any two papers, match nearly every entry and make the largest search shards. The browser drops them from
    /// queries too, reading the list from <c>meta.json</c>.
    /// </summary>
    public static TextAnalysis English { get; } = new(new[]
    {
        "about", "across", "all", "also", "an", "and", "any", "are", "as", "at", "authors", "be", "because", "been",
        "being", "between", "both", "but", "by", "can", "could", "did", "does", "each", "even", "for", "from", "had",
        "has", "have", "here", "how", "in", "into", "is", "it", "its", "just", "less", "like", "made", "make", "makes",
        "many", "may", "might", "more", "most", "much", "new", "not", "of", "on", "one", "only", "or", "other", "our",
        "out", "over", "own", "paper", "papers", "rather", "same", "should", "show", "shows", "so", "some", "still",
        "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through",
        "to", "two", "under", "up", "use", "used", "using", "very", "was", "way", "we", "well", "were", "what", "when",
        "where", "whether", "which", "while", "who", "why", "will", "with", "within", "without", "work", "would",
        "yet",
    }.ToFrozenSet(StringComparer.Ordinal));

    /// <summary>The analysis of digests in other languages: every token long enough is a term.</summary>
    public static TextAnalysis WithoutStopWords { get; } = new(FrozenSet<string>.Empty);

    /// <summary>Words that are never terms (normalised), in no particular order.</summary>
    public FrozenSet<string> StopWords { get; }

    /// <summary>The analysis of a digest in <paramref name="language"/> (a BCP 47 tag such as <c>en-GB</c>): stop words only for English.</summary>
    public static TextAnalysis For(string language) =>
        language.Equals("en", StringComparison.OrdinalIgnoreCase) || language.StartsWith("en-", StringComparison.OrdinalIgnoreCase)
            ? English
            : WithoutStopWords;

    /// <summary>The terms of <paramref name="text"/>, in order, repeats included.</summary>
    public List<string> Terms(string text)
    {
        var normalised = Normalise(text);
        var terms = new List<string>();
        foreach (var token in TokenRanges(normalised))
        {
            if (IsTerm(normalised.AsSpan(token)))
            {
                terms.Add(normalised[token]);
            }
        }

        return terms;
    }

    /// <summary>The numbers in <paramref name="pool"/> of the terms of <paramref name="text"/>, in order, repeats included.</summary>
    public List<int> Terms(string text, WordPool pool)
    {
        var normalised = Normalise(text);
        var terms = new List<int>();
        foreach (var token in TokenRanges(normalised))
        {
            var span = normalised.AsSpan(token);
            if (IsTerm(span))
            {
                terms.Add(pool.Id(span));
            }
        }

        return terms;
    }

    /// <summary>Whether an already normalised token is long enough (in code points) and not a stop word.</summary>
    public bool IsTerm(ReadOnlySpan<char> token) => CodePoints(token) >= MinTermLength && !stopWordSpans.Contains(token);

    /// <summary>Decomposed, unaccented, lower-case and folded text; what is left of punctuation and spaces stays.</summary>
    public static string Normalise(string text)
    {
        if (Ascii.IsValid(text))
        {
            // Nothing to decompose or fold: the common case, and much faster.
            return text.ToLowerInvariant();
        }

        string decomposed;
        try
        {
            decomposed = text.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            // Not valid UTF-16 (a lone surrogate): work on it as it is; such runes become U+FFFD below.
            decomposed = text;
        }

        var result = new StringBuilder(decomposed.Length);
        Span<char> buffer = stackalloc char[2];
        foreach (var rune in decomposed.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            var lower = Rune.ToLowerInvariant(rune);
            if (Content.LetterFolding.Fold(lower.Value) is { } folded)
            {
                result.Append(folded);
            }
            else
            {
                result.Append(buffer[..lower.EncodeToUtf16(buffer)]);
            }
        }

        return result.ToString();
    }

    /// <summary>The runs of letters and digits of already normalised text, in order, repeats included.</summary>
    public static List<string> Tokens(string normalised) => [.. TokenRanges(normalised).Select(token => normalised[token])];

    public static int CodePoints(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    internal static bool IsLetterOrNumber(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };

    /// <summary>Where the runs of letters and digits of already normalised text are.</summary>
    private static List<Range> TokenRanges(string normalised)
    {
        var tokens = new List<Range>();
        var start = -1;
        for (var i = 0; i < normalised.Length;)
        {
            var width = 1;
            bool wordy;
            if (char.IsAscii(normalised[i]))
            {
                wordy = char.IsAsciiLetterOrDigit(normalised[i]);
            }
            else
            {
                Rune.DecodeFromUtf16(normalised.AsSpan(i), out var rune, out width);
                wordy = IsLetterOrNumber(rune);
            }

            if (wordy && start < 0)
            {
                start = i;
            }
            else if (!wordy && start >= 0)
            {
                tokens.Add(start..i);
                start = -1;
            }

            i += width;
        }

        if (start >= 0)
        {
            tokens.Add(start..);
        }

        return tokens;
    }
}
