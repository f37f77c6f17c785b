using System.Text;

namespace PaperDigest.Feeds;

/// <summary>
/// Math in feed items, for feed readers that do not show MathML. A write-up's <c>&lt;math&gt;</c> keeps its TeX in
/// <c>&lt;semantics&gt;…&lt;annotation encoding="application/x-tex"&gt;</c> (as Temml's <c>annotate</c> option writes
/// it): readers that render MathML hide the annotation, and the many whose sanitiser drops tags it does not know but
/// keeps their text (Miniflux's allow-list, for one) show the TeX right after the formula's
/// symbols, the one form in which a fraction or a script reads unambiguously. Feed items add the TeX as the
/// <c>alttext</c> of each <c>&lt;math&gt;</c> too, for readers and tools that put a formula's alternative text in its
/// place; Universal Feed Parser keeps both. Pages carry the annotation only: browsers render MathML.
/// </summary>
internal static class FeedMath
{
    private const string Open = "<math";
    private const string Close = "</math>";
    private const string TexAnnotation = "<annotation encoding=\"application/x-tex\">";
    private const string AnnotationEnd = "</annotation>";

    /// <summary>
    /// <paramref name="html"/> with an <c>alttext</c> holding the TeX annotation on each <c>&lt;math&gt;</c> that has
    /// one and no <c>alttext</c> yet. The annotation's text is already escaped for HTML (quotes too), so it is copied
    /// as it is.
    /// </summary>
    public static string WithAltText(string html)
    {
        var open = html.IndexOf(Open, StringComparison.Ordinal);
        if (open < 0)
        {
            return html;
        }

        var result = new StringBuilder(html.Length + (html.Length / 4));
        var position = 0;
        for (; open >= 0; open = html.IndexOf(Open, position, StringComparison.Ordinal))
        {
            var afterName = open + Open.Length;
            var tagEnd = html.IndexOf('>', afterName);
            var close = tagEnd < 0 ? -1 : html.IndexOf(Close, tagEnd, StringComparison.Ordinal);
            if (close < 0)
            {
                break;
            }

            var annotation = html.IndexOf(TexAnnotation, tagEnd, close - tagEnd, StringComparison.Ordinal);
            var texStart = annotation + TexAnnotation.Length;
            var texEnd = annotation < 0 ? -1 : html.IndexOf(AnnotationEnd, texStart, close - texStart, StringComparison.Ordinal);
            var isMath = html[afterName] is ' ' or '>';
            if (isMath && texEnd >= 0 && html.IndexOf("alttext=", afterName, tagEnd - afterName, StringComparison.Ordinal) < 0)
            {
                result.Append(html, position, afterName - position)
                    .Append(" alttext=\"").Append(html, texStart, texEnd - texStart).Append('"')
                    .Append(html, afterName, close - afterName);
            }
            else
            {
                result.Append(html, position, close - position);
            }

            position = close;
        }

        return result.Append(html, position, html.Length - position).ToString();
    }
}
