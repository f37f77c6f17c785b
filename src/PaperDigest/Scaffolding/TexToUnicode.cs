using System.Collections.Frozen;
using System.Text;

namespace PaperDigest.Scaffolding;

/// <summary>
/// Turns the TeX of a BibTeX value into plain Unicode text: accents (<c>{\"o}</c>, <c>\c{c}</c>), special letters
/// (<c>{\ss}</c>, <c>{\o}</c>), escaped characters (<c>\&amp;</c>), dashes and ties, protective braces and
/// font commands (<c>\emph{x}</c>) removed. Math (<c>$...$</c>) is kept as written, since entries render it;
/// a command it does not know is kept as written too, so nothing is lost silently.
/// </summary>
internal static class TexToUnicode
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

    private static readonly FrozenDictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> AccentNames = Accents.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SymbolNames = Symbols.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WrapperNames = Wrappers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SwitchNames = Switches.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The text of a TeX value: one line, single spaces, NFC.</summary>
    /// <remarks>
    /// Nested groups and accents (<c>\'{\'{\'{x}}}</c>, <c>\'\'\'x</c>) are followed with a stack of their own, not the
    /// call stack, and each brace is matched once, so any depth converts in time and memory linear in the text.
    /// </remarks>
    public static string Convert(string tex)
    {
        var converter = new Converter(tex);
        converter.Run();
        return SingleLineText.Clean(converter.Output.ToString());
    }

    /// <summary>
    /// A brace group being converted (its text ends at <see cref="End"/>; conversion goes on at <see cref="ResumeAt"/>
    /// with the text of the enclosing group, which ends at <see cref="OuterEnd"/>), or an accent waiting for its
    /// argument to end, which knows how much output there was when it began.
    /// </summary>
    private readonly record struct Frame(bool IsAccent, int End, int ResumeAt, int OuterEnd, int OutputAtStart);

    private sealed class Converter(string tex)
    {
        private readonly Stack<Frame> frames = new();

        /// <summary>Accent marks that go after the next character written, outermost first: "\'{\`{x}}" is x, acute, grave.</summary>
        private readonly List<char> pendingMarks = [];

        /// <summary>For each '{', the index of its '}' (or -1), found in one pass on first use.</summary>
        private int[]? closes;

        /// <summary>Where the text being converted now ends: the value's end, or the end of the group it is in.</summary>
        private int end = tex.Length;

        public StringBuilder Output { get; } = new(tex.Length);

        public void Run()
        {
            var i = 0;
            while (true)
            {
                if (frames.TryPeek(out var top) && !top.IsAccent && i >= end)
                {
                    frames.Pop();
                    i = top.ResumeAt;
                    end = top.OuterEnd;
                    UnitDone();
                }
                else if (i < end)
                {
                    i = Step(i);
                }
                else if (frames.Count > 0)
                {
                    UnitDone();
                }
                else
                {
                    return;
                }
            }
        }

        /// <summary>Converts what starts at <paramref name="i"/> and returns the index after it.</summary>
        private int Step(int i)
        {
            var c = tex[i];
            switch (c)
            {
                case '\\':
                    return Command(i);
                case '{' or '}':
                    i++;
                    break;
                case '$':
                    i = CopyMath(i);
                    break;
                case '~':
                    Emit(" ");
                    i++;
                    break;
                case '-':
                    var run = Run(i, '-');
                    Emit(run switch { 1 => "-", 2 => "–", 3 => "—", _ => new string('-', run) });
                    i += run;
                    break;
                case '`' when At(i + 1) == '`':
                    Emit("“");
                    i += 2;
                    break;
                case '\'' when At(i + 1) == '\'':
                    Emit("”");
                    i += 2;
                    break;
                case '`':
                    Emit("‘");
                    i++;
                    break;
                default:
                    var length = CharacterLength(i);
                    Emit(tex.AsSpan(i, length));
                    i += length;
                    break;
            }

            UnitDone();
            return i;
        }

        /// <summary>Converts the command at <paramref name="start"/> (a backslash) and returns the index after it.</summary>
        private int Command(int start)
        {
            var i = start + 1;
            if (i >= end)
            {
                Emit("\\");
                UnitDone();
                return i;
            }

            var c = tex[i];
            if (!char.IsAsciiLetter(c))
            {
                i++;
                if (AccentNames.TryGetValue(tex.AsSpan(i - 1, 1), out var mark))
                {
                    return Accent(i, mark);
                }

                Emit(c switch
                {
                    '&' or '%' or '$' or '_' or '#' or '{' or '}' => c.ToString(),
                    ' ' or '\n' or '\t' or ',' or ';' or ':' or '\\' => " ",
                    '-' or '/' or '@' or '!' => "",
                    _ => "\\" + c,
                });
                UnitDone();
                return i;
            }

            var nameEnd = i;
            while (nameEnd < end && char.IsAsciiLetter(tex[nameEnd]))
            {
                nameEnd++;
            }

            var name = tex.AsSpan(i, nameEnd - i);
            // Letter accents take one letter: "\c c" and "\c{c}", but "\cite" is a command of its own.
            if (AccentNames.TryGetValue(name, out var letterMark))
            {
                return Accent(nameEnd, letterMark);
            }

            var after = SkipSpaces(nameEnd);
            if (SymbolNames.TryGetValue(name, out var text))
            {
                Emit(text);
            }
            else if (WrapperNames.Contains(name))
            {
                if (At(after) == '{')
                {
                    return OpenGroup(after);
                }
            }
            else if (!SwitchNames.Contains(name))
            {
                // Unknown: kept as written, with its brace arguments, for the editor to see and settle.
                Emit(tex.AsSpan(start, nameEnd - start));
                after = nameEnd;
                while (At(after) == '{')
                {
                    var close = GroupEnd(after);
                    Emit(tex.AsSpan(after, close - after));
                    after = close;
                }
            }

            UnitDone();
            return after;
        }

        /// <summary>Puts <paramref name="mark"/> on the first letter of the argument at <paramref name="start"/>.</summary>
        private int Accent(int start, char mark)
        {
            var i = SkipSpaces(start);
            if (i >= end)
            {
                UnitDone();
                return i;
            }

            pendingMarks.Add(mark);
            if (tex[i] is '{' or '\\')
            {
                // The argument is a group or a command: the mark waits until it ends, and is dropped if it wrote nothing.
                frames.Push(new Frame(IsAccent: true, 0, 0, 0, Output.Length));
                return tex[i] == '{' ? OpenGroup(i) : i;
            }

            var length = CharacterLength(i);
            Emit(tex.AsSpan(i, length));
            UnitDone();
            return i + length;
        }

        /// <summary>Starts converting the brace group at <paramref name="open"/>; returns the index of its first character.</summary>
        private int OpenGroup(int open)
        {
            var groupEnd = GroupEnd(open);
            var close = groupEnd > open + 1 && tex[groupEnd - 1] == '}' && Closes()[open] == groupEnd - 1 ? groupEnd - 1 : groupEnd;
            frames.Push(new Frame(IsAccent: false, close, groupEnd, end, 0));
            end = close;
            return open + 1;
        }

        /// <summary>One piece of the text is done: accents waiting for it end with it.</summary>
        private void UnitDone()
        {
            while (frames.TryPeek(out var top) && top.IsAccent)
            {
                frames.Pop();
                if (Output.Length == top.OutputAtStart)
                {
                    // Its argument wrote nothing ("\'{}"): the mark has no letter to go on.
                    pendingMarks.RemoveAt(pendingMarks.Count - 1);
                }
            }
        }

        /// <summary>Appends text; waiting accent marks go after its first character (a dotless ı or ȷ takes its dot back).</summary>
        private void Emit(ReadOnlySpan<char> text)
        {
            if (text.IsEmpty)
            {
                return;
            }

            if (pendingMarks.Count == 0)
            {
                Output.Append(text);
                return;
            }

            var first = text.Length > 1 && char.IsSurrogatePair(text[0], text[1]) ? 2 : 1;
            if (first == 1)
            {
                Output.Append(text[0] switch { 'ı' => 'i', 'ȷ' => 'j', var other => other });
            }
            else
            {
                Output.Append(text[..2]);
            }

            foreach (var mark in pendingMarks)
            {
                Output.Append(mark);
            }

            pendingMarks.Clear();
            Output.Append(text[first..]);
        }

        /// <summary>The index after the brace group that opens at <paramref name="open"/> (the end of the text if it never closes there).</summary>
        private int GroupEnd(int open)
        {
            var close = Closes()[open];
            return close >= 0 && close < end ? close + 1 : end;
        }

        /// <summary>Matches every brace of the value in one pass; a backslash escapes the character after it.</summary>
        private int[] Closes()
        {
            if (closes is not null)
            {
                return closes;
            }

            closes = new int[tex.Length];
            Array.Fill(closes, -1);
            var open = new Stack<int>();
            for (var i = 0; i < tex.Length; i++)
            {
                switch (tex[i])
                {
                    case '\\':
                        i++;
                        break;
                    case '{':
                        open.Push(i);
                        break;
                    case '}' when open.Count > 0:
                        closes[open.Pop()] = i;
                        break;
                }
            }

            return closes;
        }

        /// <summary>Copies <c>$...$</c> or <c>$$...$$</c> as written; returns the index after it.</summary>
        private int CopyMath(int start)
        {
            var fence = At(start + 1) == '$' ? "$$" : "$";
            var i = start + fence.Length;
            while (i < end)
            {
                if (tex[i] == '\\')
                {
                    i += 2;
                    continue;
                }

                if (i + fence.Length <= end && string.CompareOrdinal(tex, i, fence, 0, fence.Length) == 0)
                {
                    Emit(tex.AsSpan(start, i + fence.Length - start));
                    return i + fence.Length;
                }

                i++;
            }

            Emit(tex.AsSpan(start, end - start));
            return end;
        }

        /// <summary>1, or 2 for a surrogate pair, which is one character.</summary>
        private int CharacterLength(int i) => i + 1 < end && char.IsSurrogatePair(tex[i], tex[i + 1]) ? 2 : 1;

        private int Run(int start, char c)
        {
            var i = start;
            while (i < end && tex[i] == c)
            {
                i++;
            }

            return i - start;
        }

        private int SkipSpaces(int i)
        {
            while (i < end && tex[i] is ' ' or '\t' or '\n' or '\r')
            {
                i++;
            }

            return i;
        }

        private char At(int i) => i < end ? tex[i] : '\0';
    }
}
