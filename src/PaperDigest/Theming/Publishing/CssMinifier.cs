using System.Text;

namespace PaperDigest.Theming.Publishing;

/// <summary>
/// Makes a stylesheet smaller without changing what it means: comments go, runs of white space become one space, and
/// that space goes where CSS's grammar does not need it (around braces, semicolons and commas, after a declaration's
/// colon, around selector combinators), as does the last semicolon of a block. Strings, <c>url(…)</c> and the spaces
/// that matter (<c>calc(1px + 2px)</c>, <c>and (min-width…)</c>, <c>.a :hover</c>) are kept exactly.
/// </summary>
internal static class CssMinifier
{
    /// <summary>The minified stylesheet, or null (and where) when it is broken: a comment or string not closed, brackets that do not match.</summary>
    public static string? TryMinify(string css, out int problemAt)
    {
        var output = new StringBuilder(css.Length);
        // For each open block: whether it holds declarations (not rules).
        var blocks = new Stack<bool>();
        var statementStart = 0;
        var parens = 0;
        var space = false;
        for (var i = 0; i < css.Length; i++)
        {
            var c = css[i];
            if (c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var close = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    problemAt = i;
                    return null;
                }

                i = close + 1;
                space = true;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            var declarations = blocks.Count > 0 && blocks.Peek();
            if (space && KeepsSpace(output, c, declarations, parens))
            {
                output.Append(' ');
            }

            space = false;
            switch (c)
            {
                case '"' or '\'':
                    var end = CssText.SkipString(css, i);
                    if (end < 0)
                    {
                        problemAt = i;
                        return null;
                    }

                    output.Append(css, i, end - i);
                    i = end - 1;
                    continue;
                case '\\':
                    output.Append(c);
                    if (i + 1 < css.Length)
                    {
                        output.Append(css[++i]);
                    }

                    continue;
                case '(':
                    parens++;
                    output.Append(c);
                    if (EndsWithUrl(output) && UnquotedUrlEnd(css, i + 1) is var urlEnd and > 0)
                    {
                        output.Append(css.AsSpan(i + 1, urlEnd - i - 1).Trim());
                        i = urlEnd - 1;
                    }

                    continue;
                case ')':
                    if (--parens < 0)
                    {
                        problemAt = i;
                        return null;
                    }

                    break;
                case '{':
                    if (parens != 0)
                    {
                        problemAt = i;
                        return null;
                    }

                    var prelude = output.ToString(statementStart, output.Length - statementStart);
                    blocks.Push(declarations || !CssText.GroupsRules(prelude));
                    output.Append(c);
                    statementStart = output.Length;
                    continue;
                case '}':
                    if (blocks.Count == 0 || parens != 0)
                    {
                        problemAt = i;
                        return null;
                    }

                    blocks.Pop();
                    if (output.Length > 0 && output[^1] == ';')
                    {
                        output.Length--;
                    }

                    output.Append(c);
                    statementStart = output.Length;
                    continue;
                case ';':
                    output.Append(c);
                    statementStart = output.Length;
                    continue;
            }

            output.Append(c);
        }

        if (blocks.Count != 0 || parens != 0)
        {
            problemAt = css.Length;
            return null;
        }

        problemAt = -1;
        return output.ToString();
    }

    /// <summary>Whether the white space between what was written and <paramref name="next"/> is needed.</summary>
    private static bool KeepsSpace(StringBuilder output, char next, bool declarations, int parens)
    {
        if (output.Length == 0)
        {
            return false;
        }

        var last = output[^1];
        if (last is '{' or '}' or ';' or ',' or '(' || next is '{' or '}' or ';' or ',' or ')')
        {
            return false;
        }

        // "color: red" and "(min-width: 40em)"; never before a colon, as ".a :hover" differs from ".a:hover".
        if (last == ':' && (declarations || parens > 0))
        {
            return false;
        }

        // Combinators of selectors; inside brackets a plus may be arithmetic ("2n + 1") and stays spaced.
        return declarations || parens > 0 || (last is not ('>' or '+' or '~') && next is not ('>' or '+' or '~'));
    }

    private static bool EndsWithUrl(StringBuilder output) =>
        output.Length >= 4 && string.Equals(output.ToString(output.Length - 4, 4), "url(", StringComparison.OrdinalIgnoreCase)
        && (output.Length == 4 || !(char.IsAsciiLetterOrDigit(output[^5]) || output[^5] is '-' or '_'));

    /// <summary>The index of the <c>)</c> closing an unquoted URL starting at <paramref name="start"/>; -1 when it is quoted or not closed.</summary>
    private static int UnquotedUrlEnd(string css, int start)
    {
        var i = start;
        while (i < css.Length && char.IsWhiteSpace(css[i]))
        {
            i++;
        }

        if (i >= css.Length || css[i] is '"' or '\'')
        {
            return -1;
        }

        for (; i < css.Length; i++)
        {
            if (css[i] == '\\')
            {
                i++;
            }
            else if (css[i] == ')')
            {
                return i;
            }
        }

        return -1;
    }
}
