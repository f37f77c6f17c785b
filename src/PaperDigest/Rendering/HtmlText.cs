using System.Buffers;
using System.Text;

namespace PaperDigest.Rendering;

/// <summary>
/// Escapes text for HTML text nodes and attribute values, and for XML (MathML and feed content must also be
/// well-formed XML). Only markup characters are escaped; accented letters and emoji stay as they are.
/// </summary>
internal static class HtmlText
{
    // What Escape does not copy as it is: markup characters, controls, surrogates (a valid pair is copied by the
    // loop), and the non-characters U+FFFE and U+FFFF.
    private static readonly SearchValues<char> Special = SearchValues.Create(
        [.. "&<>\"'", .. Range('\u0000', '\u0008'), '\u000B', '\u000C', .. Range('\u000E', '\u001F'), .. Range('\u007F', '\u009F'),
         .. Range('\uD800', '\uDFFF'), '\uFFFE', '\uFFFF']);

    private static IEnumerable<char> Range(char first, char last) => Enumerable.Range(first, last - first + 1).Select(c => (char)c);

    public static string Escape(string text)
    {
        var html = new StringBuilder(text.Length + 16);
        Escape(html, text);
        return html.ToString();
    }

    public static void Escape(StringBuilder html, string text)
    {
        var span = text.AsSpan();
        for (var i = 0; i < text.Length; i++)
        {
            // Runs of characters that stay as they are are copied whole, found by a vectorised search.
            var run = span[i..].IndexOfAny(Special);
            if (run != 0)
            {
                html.Append(run < 0 ? span[i..] : span.Slice(i, run));
                if (run < 0)
                {
                    return;
                }

                i += run;
            }

            var c = text[i];
            switch (c)
            {
                case '&':
                    html.Append("&amp;");
                    break;
                case '<':
                    html.Append("&lt;");
                    break;
                case '>':
                    html.Append("&gt;");
                    break;
                case '"':
                    html.Append("&quot;");
                    break;
                case '\'':
                    html.Append("&#39;");
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        html.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c) || (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF')
                    {
                        // Not allowed in XML, and a parse error in HTML.
                        html.Append('\uFFFD');
                    }
                    else
                    {
                        html.Append(c);
                    }

                    break;
            }
        }
    }
}
