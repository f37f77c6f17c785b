namespace PaperDigest.Rendering.Math;

/// <summary>Splits a formula into TeX tokens. Never throws; refuses characters that could not be written as HTML text.</summary>
internal static class TexTokenizer
{
    /// <returns>The tokens, ending with <see cref="TexTokenKind.End"/>; null if the formula holds a control character or a broken surrogate pair.</returns>
    public static IReadOnlyList<TexToken>? Tokenize(string tex)
    {
        var tokens = new List<TexToken>();
        var i = 0;
        while (i < tex.Length)
        {
            var start = i;
            var c = tex[i];
            if (IsWhiteSpace(c))
            {
                while (i < tex.Length && IsWhiteSpace(tex[i]))
                {
                    i++;
                }

                tokens.Add(new TexToken(TexTokenKind.Space, " ", start));
                continue;
            }

            if (c == '\\')
            {
                i++;
                if (i < tex.Length && char.IsAsciiLetter(tex[i]))
                {
                    while (i < tex.Length && char.IsAsciiLetter(tex[i]))
                    {
                        i++;
                    }

                    var command = tex[(start + 1)..i];
                    if (command == "verb" && Verbatim(tex, ref i) is { } verbatim)
                    {
                        // Read before anything else can see it: \verb|\x_{| is text, not a command and a brace.
                        tokens.Add(new TexToken(TexTokenKind.Verbatim, verbatim, start));
                        continue;
                    }

                    tokens.Add(new TexToken(TexTokenKind.Command, command, start));
                    continue;
                }

                // A control symbol such as \, or \{ (or a bare backslash at the end, which the parser refuses).
                var symbolLength = i < tex.Length ? CharacterLength(tex, i) : 0;
                if (symbolLength < 0)
                {
                    return null;
                }

                var name = tex.Substring(i, symbolLength);
                tokens.Add(new TexToken(TexTokenKind.Command, IsWhiteSpace(name.FirstOrDefault()) ? " " : name, start));
                i += symbolLength;
                continue;
            }

            var length = CharacterLength(tex, i);
            if (length < 0)
            {
                return null;
            }

            var kind = c switch
            {
                '{' => TexTokenKind.BeginGroup,
                '}' => TexTokenKind.EndGroup,
                '^' => TexTokenKind.Superscript,
                '_' => TexTokenKind.Subscript,
                '&' => TexTokenKind.AlignmentTab,
                '~' => TexTokenKind.Active,
                _ => TexTokenKind.Character,
            };
            tokens.Add(new TexToken(kind, tex.Substring(i, length), start));
            i += length;
        }

        tokens.Add(new TexToken(TexTokenKind.End, "", tex.Length));
        return tokens;
    }

    /// <summary>What <c>\verb</c> (or <c>\verb*</c>) at <paramref name="i"/> holds up to its closing delimiter; null, with <paramref name="i"/> unmoved, if it has none.</summary>
    private static string? Verbatim(string tex, ref int i)
    {
        var at = i;
        var starred = at < tex.Length && tex[at] == '*';
        if (starred)
        {
            at++;
        }

        if (at >= tex.Length || IsWhiteSpace(tex[at]) || char.IsSurrogate(tex[at]))
        {
            return null;
        }

        var close = tex.IndexOf(tex[at], at + 1);
        if (close < 0)
        {
            return null;
        }

        var text = tex[(at + 1)..close];
        for (var k = 0; k < text.Length; k += System.Math.Max(CharacterLength(text, k), 1))
        {
            // A line break or a broken character: \verb stays a command, which the parser refuses.
            if (CharacterLength(text, k) < 0 || (IsWhiteSpace(text[k]) && text[k] != ' '))
            {
                return null;
            }
        }

        i = close + 1;
        return starred ? text.Replace(' ', '\u2423') : text;
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t' or '\n' or '\r';

    /// <summary>1 or 2 (a surrogate pair), or -1 for a character HTML text cannot hold.</summary>
    private static int CharacterLength(string tex, int i)
    {
        var c = tex[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < tex.Length && char.IsLowSurrogate(tex[i + 1]) ? 2 : -1;
        }

        if (IsWhiteSpace(c))
        {
            return 1;
        }

        return char.IsLowSurrogate(c) || char.IsControl(c) || c is '\uFFFE' or '\uFFFF' ? -1 : 1;
    }
}
