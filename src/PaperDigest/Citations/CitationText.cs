using System.Text;

namespace PaperDigest.Citations;

/// <summary>Text clean-ups shared by the citation formats.</summary>
internal static class CitationText
{
    /// <summary>
    /// One line of text: each run of whitespace that holds a line break, tab or other control character
    /// (U+2028 and U+2029 too) becomes one space, and the ends are trimmed. Plain spaces are left alone.
    /// </summary>
    public static string Flatten(string text)
    {
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsBreakOrSpace(text[i]))
            {
                builder.Append(text[i++]);
                continue;
            }

            var start = i;
            var breaks = false;
            for (; i < text.Length && IsBreakOrSpace(text[i]); i++)
            {
                breaks |= text[i] != ' ';
            }

            if (breaks)
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(text, start, i - start);
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>Lower-case ASCII letters and digits only: accents dropped, ß → ss, ø → o and the like, anything else removed.</summary>
    public static string AsciiFold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(lower);
                continue;
            }

            if (Content.LetterFolding.Fold(lower) is { } folded && System.Text.Ascii.IsValid(folded))
            {
                builder.Append(folded);
            }
        }

        return builder.ToString();
    }

    /// <summary>Bidirectional formatting characters (U+200E, U+202A..U+202E, U+2066..U+2069 ...), which reorder how source text is shown.</summary>
    public static bool IsBidiControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static bool IsBreakOrSpace(char c) => c is ' ' or '\u2028' or '\u2029' || char.IsControl(c);
}
