using System.Collections.Frozen;
using System.Text;

namespace PaperDigest.Scaffolding;

/// <summary>
/// Turns the TeX of a BibTeX value into plain Unicode text: accents (<c>{\"o}</c>, <c>\c{c}</c>), special letters
/// (<c>{\ss}</c>, <c>{\o}</c>), escaped characters (<c>\&amp;</c>), dashes and ties, protective braces and
/// font commands (<c>\emph{x}</c>) removed. Math (<c>$...$</c>) is kept as written, since entries render it;
/// a command it does not know is kept as written too, so nothing is lost silently.
/// </summary>
public static class TexToUnicode
{
    /// <summary>Accents written with a symbol (<c>\"o</c>) or a letter (<c>\c{c}</c>), as combining marks.</summary>
    private static readonly FrozenDictionary<string, char> Accents = new Dictionary<string, char>(StringComparer.Ordinal)
    {
        ["\""] = '\u0308', ["'"] = '\u0301', ["`"] = '\u0300', ["^"] = '\u0302', ["~"] = '\u0303', ["="] = '\u0304',
        ["."] = '\u0307', ["c"] = '\u0327', ["v"] = '\u030C', ["u"] = '\u0306', ["H"] = '\u030B', ["k"] = '\u0328',
        ["r"] = '\u030A', ["d"] = '\u0323', ["b"] = '\u0331', ["t"] = '\u0361',
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Symbols = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["o"] = "ø", ["O"] = "Ø", ["ss"] = "ß", ["SS"] = "SS", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ",
        ["aa"] = "å", ["AA"] = "Å", ["l"] = "ł", ["L"] = "Ł", ["i"] = "ı", ["j"] = "ȷ", ["dh"] = "ð", ["DH"] = "Ð",
        ["th"] = "þ", ["TH"] = "Þ", ["ng"] = "ŋ", ["NG"] = "Ŋ", ["dj"] = "đ", ["DJ"] = "Đ",
        ["textendash"] = "–", ["textemdash"] = "—", ["ldots"] = "…", ["dots"] = "…", ["textellipsis"] = "…",
        ["textquoteleft"] = "‘", ["textquoteright"] = "’", ["textquotedblleft"] = "“", ["textquotedblright"] = "”",
        ["guillemotleft"] = "«", ["guillemotright"] = "»", ["textregistered"] = "®", ["texttrademark"] = "™",
        ["copyright"] = "©", ["textcopyright"] = "©", ["textdegree"] = "°", ["pounds"] = "£", ["textsterling"] = "£",
        ["euro"] = "€", ["texteuro"] = "€", ["S"] = "§", ["textbackslash"] = "\\", ["textasciitilde"] = "~",
        ["textunderscore"] = "_", ["textbar"] = "|", ["textless"] = "<", ["textgreater"] = ">",
        ["LaTeX"] = "LaTeX", ["TeX"] = "TeX", ["BibTeX"] = "BibTeX", ["slash"] = "/", ["quad"] = " ", ["qquad"] = " ",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Commands whose argument is kept and whose look is dropped.</summary>
    private static readonly FrozenSet<string> Wrappers = FrozenSet.Create(StringComparer.Ordinal,
        "emph", "textit", "textbf", "textrm", "textsf", "texttt", "textsc", "textup", "textsl", "textmd", "textnormal",
        "uppercase", "lowercase", "mbox", "hbox", "text", "url", "nolinkurl", "NoCaseChange", "ensuremath");

    /// <summary>Font switches such as <c>{\it x}</c>: dropped.</summary>
    private static readonly FrozenSet<string> Switches = FrozenSet.Create(StringComparer.Ordinal,
        "it", "bf", "em", "sc", "rm", "sl", "sf", "tt", "itshape", "bfseries", "scshape", "upshape", "slshape",
        "mdseries", "normalfont", "relax", "protect", "noopsort");

    /// <summary>The text of a TeX value: one line, single spaces, NFC.</summary>
    public static string Convert(string tex)
    {
        var builder = new StringBuilder(tex.Length);
        Append(tex, builder);
        return SingleLineText.Clean(builder.ToString());
    }

    private static void Append(string tex, StringBuilder output)
    {
        var i = 0;
        while (i < tex.Length)
        {
            var c = tex[i];
            switch (c)
            {
                case '\\':
                    i = Command(tex, i, output);
                    break;
                case '{' or '}':
                    i++;
                    break;
                case '$':
                    i = CopyMath(tex, i, output);
                    break;
                case '~':
                    output.Append(' ');
                    i++;
                    break;
                case '-':
                    var run = Run(tex, i, '-');
                    output.Append(run switch { 1 => "-", 2 => "–", 3 => "—", _ => new string('-', run) });
                    i += run;
                    break;
                case '`' when At(tex, i + 1) == '`':
                    output.Append('“');
                    i += 2;
                    break;
                case '\'' when At(tex, i + 1) == '\'':
                    output.Append('”');
                    i += 2;
                    break;
                case '`':
                    output.Append('‘');
                    i++;
                    break;
                default:
                    output.Append(c);
                    i++;
                    break;
            }
        }
    }

    /// <summary>Converts the command at <paramref name="start"/> (a backslash) and returns the index after it.</summary>
    private static int Command(string tex, int start, StringBuilder output)
    {
        var i = start + 1;
        if (i >= tex.Length)
        {
            output.Append('\\');
            return i;
        }

        var c = tex[i];
        if (!char.IsAsciiLetter(c))
        {
            i++;
            var symbol = c.ToString();
            if (Accents.TryGetValue(symbol, out var mark))
            {
                return Accent(tex, i, mark, output);
            }

            output.Append(c switch
            {
                '&' or '%' or '$' or '_' or '#' or '{' or '}' => c.ToString(),
                ' ' or '\n' or '\t' or ',' or ';' or ':' or '\\' => " ",
                '-' or '/' or '@' or '!' => "",
                _ => "\\" + c,
            });
            return i;
        }

        var end = i;
        while (end < tex.Length && char.IsAsciiLetter(tex[end]))
        {
            end++;
        }

        var name = tex[i..end];
        // Letter accents take one letter: "\c c" and "\c{c}", but "\cite" is a command of its own.
        if (Accents.TryGetValue(name, out var letterMark))
        {
            return Accent(tex, end, letterMark, output);
        }

        if (Symbols.TryGetValue(name, out var text))
        {
            output.Append(text);
            return SkipSpaces(tex, end);
        }

        if (Wrappers.Contains(name))
        {
            var after = SkipSpaces(tex, end);
            return At(tex, after) == '{' ? Argument(tex, after, output) : after;
        }

        if (Switches.Contains(name))
        {
            return SkipSpaces(tex, end);
        }

        // Unknown: kept as written, with its brace arguments, for the editor to see and settle.
        output.Append('\\').Append(name);
        while (At(tex, end) == '{')
        {
            var close = GroupEnd(tex, end);
            output.Append(tex, end, close - end);
            end = close;
        }

        return end;
    }

    /// <summary>The index after the brace group that opens at <paramref name="open"/> (the end of the text if it never closes).</summary>
    private static int GroupEnd(string tex, int open)
    {
        var depth = 0;
        for (var i = open; i < tex.Length; i++)
        {
            if (tex[i] == '\\')
            {
                i++;
                continue;
            }

            depth += tex[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return i + 1;
            }
        }

        return tex.Length;
    }

    /// <summary>Puts <paramref name="mark"/> on the first letter of the argument at <paramref name="start"/>.</summary>
    private static int Accent(string tex, int start, char mark, StringBuilder output)
    {
        var i = SkipSpaces(tex, start);
        var argument = new StringBuilder();
        if (i >= tex.Length)
        {
            return i;
        }

        if (tex[i] == '{')
        {
            i = Argument(tex, i, argument);
        }
        else if (tex[i] == '\\')
        {
            i = Command(tex, i, argument);
        }
        else
        {
            var length = char.IsHighSurrogate(tex[i]) && i + 1 < tex.Length ? 2 : 1;
            argument.Append(tex, i, length);
            i += length;
        }

        var text = argument.ToString();
        if (text.Length == 0)
        {
            return i;
        }

        // Accents go on a dotted i or j: "\'{\i}" is í.
        var first = text[0] switch { 'ı' => 'i', 'ȷ' => 'j', var other => other };
        output.Append(first).Append(mark).Append(text, 1, text.Length - 1);
        return i;
    }

    /// <summary>Converts a brace group starting at <paramref name="open"/>; returns the index after its closing brace.</summary>
    private static int Argument(string tex, int open, StringBuilder output)
    {
        var end = GroupEnd(tex, open);
        var close = end <= tex.Length && tex[end - 1] == '}' && end - 1 > open ? end - 1 : end;
        Append(tex[(open + 1)..close], output);
        return end;
    }

    /// <summary>Copies <c>$...$</c> or <c>$$...$$</c> as written; returns the index after it.</summary>
    private static int CopyMath(string tex, int start, StringBuilder output)
    {
        var fence = At(tex, start + 1) == '$' ? "$$" : "$";
        var i = start + fence.Length;
        while (i < tex.Length)
        {
            if (tex[i] == '\\')
            {
                i += 2;
                continue;
            }

            if (string.CompareOrdinal(tex, i, fence, 0, fence.Length) == 0)
            {
                output.Append(tex, start, i + fence.Length - start);
                return i + fence.Length;
            }

            i++;
        }

        output.Append(tex, start, tex.Length - start);
        return tex.Length;
    }

    private static int Run(string tex, int start, char c)
    {
        var end = start;
        while (end < tex.Length && tex[end] == c)
        {
            end++;
        }

        return end - start;
    }

    private static int SkipSpaces(string tex, int i)
    {
        while (i < tex.Length && tex[i] is ' ' or '\t' or '\n' or '\r')
        {
            i++;
        }

        return i;
    }

    private static char At(string tex, int i) => i < tex.Length ? tex[i] : '\0';
}
