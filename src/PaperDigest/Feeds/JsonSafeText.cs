using System.Text;

namespace PaperDigest.Feeds;

/// <summary>
/// Makes any text safe for a JSON writer: JSON can escape every character, but UTF-16 text with a lone surrogate
/// cannot be encoded at all, so each lone surrogate becomes U+FFFD.
/// </summary>
internal static class JsonSafeText
{
    public static string Clean(string text)
    {
        // Nearly every text has no surrogate at all, which a vectorised search finds out.
        var first = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return text;
        }

        for (var i = first; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return Replace(text);
            }
        }

        return text;
    }

    private static string Replace(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            // EnumerateRunes yields U+FFFD for each lone surrogate.
            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }
}
