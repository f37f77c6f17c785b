using System.Net;
using System.Text;

namespace PaperDigest.Search;

/// <summary>
/// The words of a rendered write-up, for the index: tags removed (each leaves a space, so words on either side
/// stay apart), entities decoded, and MathML left out (its single letters and operators are not what readers type).
/// </summary>
internal static class WriteUpText
{
    public static string FromHtml(string html)
    {
        var text = new StringBuilder(html.Length);
        var position = 0;
        while (position < html.Length)
        {
            var open = html.IndexOf('<', position);
            if (open < 0)
            {
                text.Append(WebUtility.HtmlDecode(html[position..]));
                break;
            }

            text.Append(WebUtility.HtmlDecode(html[position..open])).Append(' ');
            var close = html.IndexOf('>', open);
            if (close < 0)
            {
                break;
            }

            position = close + 1;
            if (IsStartTag(html, open, "math"))
            {
                var end = html.IndexOf("</math>", position, StringComparison.OrdinalIgnoreCase);
                position = end < 0 ? html.Length : end + "</math>".Length;
            }
        }

        return text.ToString();
    }

    private static bool IsStartTag(string html, int open, string name) =>
        string.CompareOrdinal(html, open + 1, name, 0, name.Length) == 0
        && open + 1 + name.Length < html.Length
        && html[open + 1 + name.Length] is ' ' or '>' or '/' or '\n' or '\t';
}
