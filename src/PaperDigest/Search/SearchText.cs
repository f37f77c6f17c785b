using System.Text;
using PaperDigest.Indexing;

namespace PaperDigest.Search;

/// <summary>
/// What search adds to the <see cref="TextAnalysis"/> it shares with related papers, the same way in the index and in
/// <c>theme/assets/search.js</c>: arXiv ids and DOIs are kept whole, without version, as single terms; shards are named
/// by the first code points of their terms.
/// </summary>
internal static class SearchText
{
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
            ? TextAnalysis.IsLetterOrNumber(rune)
            : char.IsLowSurrogate(text[index]) && index > 0 && Rune.TryGetRuneAt(text, index - 1, out rune) && TextAnalysis.IsLetterOrNumber(rune);
}
