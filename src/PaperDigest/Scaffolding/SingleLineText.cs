using System.Text;

namespace PaperDigest.Scaffolding;

/// <summary>Text as an entry holds it: one line, single spaces, no control characters, NFC.</summary>
internal static class SingleLineText
{
    /// <summary>
    /// Collapses every run of white space (line breaks and tabs included) to one space, trims, drops control
    /// characters, unpaired surrogates and non-characters, and normalises to NFC.
    /// </summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                AppendPending(builder, ref space);
                builder.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (char.IsControl(c) || char.IsSurrogate(c) || c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF' or '\uFEFF' or '\u200B')
            {
                continue;
            }

            AppendPending(builder, ref space);
            builder.Append(c);
        }

        var clean = builder.ToString();
        return clean.IsNormalized(NormalizationForm.FormC) ? clean : clean.Normalize(NormalizationForm.FormC);
    }

    private static void AppendPending(StringBuilder builder, ref bool space)
    {
        if (space)
        {
            builder.Append(' ');
            space = false;
        }
    }
}
