namespace PaperDigest.Theming.Publishing;

/// <summary>The few rules of CSS's syntax the minifier and the purger share: strings, comments, nesting.</summary>
internal static class CssText
{
    /// <summary>The index just past the string starting at <paramref name="start"/> (a quote), or -1 when it is not closed.</summary>
    public static int SkipString(string css, int start)
    {
        var quote = css[start];
        for (var i = start + 1; i < css.Length; i++)
        {
            if (css[i] == '\\')
            {
                i++;
            }
            else if (css[i] == quote)
            {
                return i + 1;
            }
            else if (css[i] == '\n')
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The index of the last character of the string or escape at <paramref name="i"/> (<paramref name="i"/> itself
    /// for any other character); -1 for a string not closed.</summary>
    private static int SkipQuoted(string css, int i) => css[i] switch
    {
        '"' or '\'' => SkipString(css, i) is var end and >= 0 ? end - 1 : -1,
        '\\' => i + 1,
        _ => i,
    };

    /// <summary>
    /// The index of the character that closes the bracket at <paramref name="start"/> (<c>(</c>, <c>[</c> or <c>{</c>),
    /// passing over strings and brackets inside it; -1 when it is not closed.
    /// </summary>
    public static int Closing(string css, int start)
    {
        var depth = 0;
        for (var i = start; i < css.Length; i++)
        {
            if (css[i] is '"' or '\'' or '\\')
            {
                i = SkipQuoted(css, i);
                if (i < 0)
                {
                    return -1;
                }

                continue;
            }

            switch (css[i])
            {
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    if (--depth == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return -1;
    }

    /// <summary>The first index at or after <paramref name="start"/> holding one of <paramref name="stops"/> outside strings and brackets; -1 when none.</summary>
    public static int Find(string css, int start, string stops)
    {
        for (var i = start; i < css.Length; i++)
        {
            var c = css[i];
            if (stops.Contains(c, StringComparison.Ordinal))
            {
                return i;
            }

            i = c is '(' or '[' ? Closing(css, i) : SkipQuoted(css, i);
            if (i < 0)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Splits <paramref name="list"/> at its commas outside strings and brackets (a selector list).</summary>
    public static List<string> SplitTopLevel(string list)
    {
        var parts = new List<string>();
        var start = 0;
        while (true)
        {
            var comma = Find(list, start, ",");
            if (comma < 0)
            {
                parts.Add(list[start..]);
                return parts;
            }

            parts.Add(list[start..comma]);
            start = comma + 1;
        }
    }

    /// <summary>Whether an at-rule with this prelude holds rules (<c>@media</c>, <c>@supports</c>…) rather than declarations.</summary>
    public static bool GroupsRules(string prelude)
    {
        if (!prelude.StartsWith('@'))
        {
            return false;
        }

        var end = 1;
        while (end < prelude.Length && (char.IsAsciiLetterOrDigit(prelude[end]) || prelude[end] == '-'))
        {
            end++;
        }

        return prelude[1..end].ToLowerInvariant() is "media" or "supports" or "container" or "layer" or "document" or "-moz-document" or "scope" or "starting-style";
    }
}
