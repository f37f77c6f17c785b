using System.Text;

namespace PaperDigest.Theming.Publishing;

/// <summary>
/// Drops the rules of a (minified) stylesheet that no page can use: a selector that needs a class or id the theme's
/// vocabulary lacks cannot match, and a rule none of whose selectors can match goes, as does a selector of a list
/// and a conditional group (<c>@media</c>, <c>@supports</c>) left empty. It judges only what it is sure of and keeps
/// the rest: element and attribute selectors, whatever is inside brackets (<c>:is()</c>, <c>:not()</c>,
/// <c>:has()</c>), escaped names, nested rules, and every other at-rule (<c>@font-face</c>, <c>@keyframes</c>, <c>@layer</c>).
/// </summary>
internal static class CssPurger
{
    public static string Purge(string css, ThemeVocabulary vocabulary)
    {
        var output = new StringBuilder(css.Length);
        PurgeRules(css, 0, css.Length, output, vocabulary);
        return output.ToString();
    }

    private static void PurgeRules(string css, int start, int end, StringBuilder output, ThemeVocabulary vocabulary)
    {
        var at = start;
        while (at < end)
        {
            var stop = CssText.Find(css, at, "{;}");
            if (stop < 0 || stop >= end || css[stop] == '}')
            {
                output.Append(css, at, end - at);
                return;
            }

            if (css[stop] == ';')
            {
                output.Append(css, at, stop + 1 - at);
                at = stop + 1;
                continue;
            }

            var close = CssText.Closing(css, stop);
            if (close < 0 || close >= end)
            {
                output.Append(css, at, end - at);
                return;
            }

            var prelude = css[at..stop];
            if (CssText.GroupsRules(prelude))
            {
                var inner = new StringBuilder();
                PurgeRules(css, stop + 1, close, inner, vocabulary);
                // An empty @layer still sets the layers' order.
                if (inner.Length > 0 || prelude.StartsWith("@layer", StringComparison.OrdinalIgnoreCase))
                {
                    output.Append(prelude).Append('{').Append(inner).Append('}');
                }
            }
            else if (prelude.StartsWith('@') || css.AsSpan(stop + 1, close - stop - 1).Contains('{'))
            {
                output.Append(css, at, close + 1 - at);
            }
            else
            {
                var kept = CssText.SplitTopLevel(prelude).Where(s => CanMatch(s, vocabulary)).ToList();
                if (kept.Count > 0)
                {
                    output.AppendJoin(',', kept).Append(css, stop, close + 1 - stop);
                }
            }

            at = close + 1;
        }
    }

    /// <summary>Whether a page may have what <paramref name="selector"/> asks for: false only when it needs a class or id no page has.</summary>
    internal static bool CanMatch(string selector, ThemeVocabulary vocabulary)
    {
        for (var i = 0; i < selector.Length; i++)
        {
            switch (selector[i])
            {
                case '"' or '\'':
                    var end = CssText.SkipString(selector, i);
                    if (end < 0)
                    {
                        return true;
                    }

                    i = end - 1;
                    break;
                case '\\':
                    return true;
                case '(' or '[':
                    var close = CssText.Closing(selector, i);
                    if (close < 0)
                    {
                        return true;
                    }

                    i = close;
                    break;
                case '.' or '#':
                    var start = i + 1;
                    var stop = start;
                    while (stop < selector.Length && (char.IsAsciiLetterOrDigit(selector[stop]) || selector[stop] is '-' or '_' || selector[stop] >= '\u0080'))
                    {
                        stop++;
                    }

                    if (stop < selector.Length && selector[stop] == '\\')
                    {
                        return true;
                    }

                    if (stop > start && !vocabulary.Has(selector[start..stop]))
                    {
                        return false;
                    }

                    i = stop - 1;
                    break;
            }
        }

        return true;
    }
}
