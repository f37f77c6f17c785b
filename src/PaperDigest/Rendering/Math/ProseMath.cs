using System.Text;

namespace PaperDigest.Rendering.Math;

/// <summary>
/// Plain text that may hold <c>$…$</c> formulas (an editor's <c>tldr</c>), with each formula in the readable Unicode
/// form of <see cref="MathText"/>, for the e-mail edition: mail clients show no MathML. A <c>$</c> opens a formula as
/// in write-ups: not escaped as <c>\$</c>, not followed by a space, and closed by a <c>$</c> not preceded by a space nor
/// followed by a digit, so prices ("$5 and $10") stay as written.
/// </summary>
internal static class ProseMath
{
    public static string Readable(string text)
    {
        if (!text.Contains('$', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] == '$')
            {
                result.Append('$');
                i += 2;
                continue;
            }

            if (c == '$' && Closing(text, i) is { } formula)
            {
                result.Append(MathText.Of(text[formula.Start..formula.End]));
                i = formula.Next;
                continue;
            }

            result.Append(c);
            i++;
        }

        return result.ToString();
    }

    /// <summary>The formula opened by the <c>$</c> (or <c>$$</c>) at <paramref name="open"/>, or null if none is.</summary>
    private static (int Start, int End, int Next)? Closing(string text, int open)
    {
        var fence = open + 1 < text.Length && text[open + 1] == '$' ? 2 : 1;
        var start = open + fence;
        if (start >= text.Length || char.IsWhiteSpace(text[start]))
        {
            return null;
        }

        for (var i = start + 1; i + fence <= text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }

            if (text[i] != '$')
            {
                continue;
            }

            var next = i + fence;
            if (string.CompareOrdinal(text, i, new string('$', fence), 0, fence) == 0
                && !char.IsWhiteSpace(text[i - 1])
                && (next >= text.Length || !char.IsAsciiDigit(text[next])))
            {
                return (start, i, next);
            }
        }

        return null;
    }
}
