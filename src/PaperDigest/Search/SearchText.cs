using System.Globalization;
using System.Text;

namespace PaperDigest.Search;

/// <summary>
/// How text becomes search terms, the same way in the index and in <c>theme/assets/search.js</c>: compatibility
/// decomposition (NFKD), combining marks dropped, lower case, a few letters that do not decompose folded
/// (ß → ss, æ → ae, ø → o, ł → l …), then split into runs of letters and digits. "Löwen", "LOWEN" and "Lowen" all
/// become <c>lowen</c>. ArXiv ids and DOIs are kept whole, without version, as single terms.
/// </summary>
internal static class SearchText
{
    /// <summary>Shorter terms are not indexed: they would match nearly everything as prefixes.</summary>
    public const int MinTermLength = 2;

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
    public static List<string> Tokens(string normalised)
    {
        var tokens = new List<string>();
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
                tokens.Add(normalised[start..i]);
                start = -1;
            }

            i += width;
        }

        if (start >= 0)
        {
            tokens.Add(normalised[start..]);
        }

        return tokens;
    }

    /// <summary>The index terms of a piece of text: its tokens long enough to index and not stop words.</summary>
    public static IEnumerable<string> Terms(string text, IReadOnlySet<string> stopWords) =>
        Tokens(Normalise(text)).Where(t => IsIndexable(t, stopWords));

    /// <summary>Whether a token is long enough (in code points) and not a stop word.</summary>
    public static bool IsIndexable(string token, IReadOnlySet<string> stopWords) =>
        CodePoints(token) >= MinTermLength && !stopWords.Contains(token);

    /// <summary>
    /// The arXiv ids mentioned in <paramref name="text"/>, lower case and without version: new-style
    /// (<c>2309.05153</c>, <c>arXiv:2309.05153v2</c>) and old-style (<c>hep-th/9901001</c>, <c>math.GT/0309136v1</c>),
    /// not inside a longer word or number. A scan rather than a regular expression: write-ups are long and ids rare.
    /// </summary>
    public static IEnumerable<string> ArxivIds(string text)
    {
        var ids = new List<string>();
        for (var dot = text.IndexOf('.', StringComparison.Ordinal); dot >= 0; dot = text.IndexOf('.', dot + 1))
        {
            if (dot >= 4 && Digits(text, dot - 4, dot) && !IsIdChar(text, dot - 5) && IdEnd(text, dot + 1, 4, 5) is { } end)
            {
                ids.Add(text[(dot - 4)..end]);
            }
        }

        for (var slash = text.IndexOf('/', StringComparison.Ordinal); slash >= 0; slash = text.IndexOf('/', slash + 1))
        {
            if (IdEnd(text, slash + 1, 7, 7) is not { } end)
            {
                continue;
            }

            var archiveEnd = slash >= 3 && text[slash - 3] == '.' && char.IsAsciiLetterUpper(text[slash - 2]) && char.IsAsciiLetterUpper(text[slash - 1])
                ? slash - 3
                : slash;
            var start = archiveEnd;
            while (start > 0 && (char.IsAsciiLetterLower(text[start - 1]) || text[start - 1] == '-'))
            {
                start--;
            }

            var archive = text[start..archiveEnd];
            if (archive.Length > 0 && archive[0] != '-' && archive[^1] != '-' && !archive.Contains("--", StringComparison.Ordinal) && !IsIdChar(text, start - 1))
            {
                ids.Add(text[start..end].ToLowerInvariant());
            }
        }

        return ids;
    }

    /// <summary>An id field's term: <c>2309.05153v2</c> → <c>2309.05153</c>, <c>math.GT/0309136</c> → <c>math.gt/0309136</c>.</summary>
    public static string ArxivTerm(string id) => Parsing.Identifiers.ArxivWithoutVersion(id).ToLowerInvariant();

    /// <summary>A DOI as one lower-case term (DOIs are case-insensitive).</summary>
    public static string DoiTerm(string doi) => doi.ToLowerInvariant();

    /// <summary>The first <paramref name="count"/> code points of a term (the whole term when shorter).</summary>
    public static string Prefix(string term, int count)
    {
        var length = 0;
        foreach (var rune in term.EnumerateRunes())
        {
            if (count-- == 0)
            {
                break;
            }

            length += rune.Utf16SequenceLength;
        }

        return term[..length];
    }

    public static int CodePoints(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    private static bool Digits(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Where an id's number that starts at <paramref name="from"/> ends, when it has <paramref name="min"/> to
    /// <paramref name="max"/> digits and (after an optional version) no letter, digit or ".digit" follows; else null.
    /// </summary>
    private static int? IdEnd(string text, int from, int min, int max)
    {
        var end = from;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end - from < min || end - from > max)
        {
            return null;
        }

        var after = end;
        if (after + 1 < text.Length && text[after] == 'v' && char.IsAsciiDigit(text[after + 1]))
        {
            after += 2;
            while (after < text.Length && char.IsAsciiDigit(text[after]))
            {
                after++;
            }
        }

        var followed = after < text.Length
            && (IsLetterOrNumberAt(text, after) || (text[after] == '.' && after + 1 < text.Length && char.IsNumber(text[after + 1])));
        return followed ? null : end;
    }

    /// <summary>Whether the character before an id (at <paramref name="index"/>) would make it part of something longer.</summary>
    private static bool IsIdChar(string text, int index) =>
        index >= 0 && (IsLetterOrNumberAt(text, index) || text[index] is '.' or '/' or '-');

    private static bool IsLetterOrNumberAt(string text, int index) =>
        Rune.TryGetRuneAt(text, index, out var rune)
            ? IsLetterOrNumber(rune)
            : char.IsLowSurrogate(text[index]) && index > 0 && Rune.TryGetRuneAt(text, index - 1, out rune) && IsLetterOrNumber(rune);

    private static bool IsLetterOrNumber(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };
}
