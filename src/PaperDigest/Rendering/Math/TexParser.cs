using System.Text;
using PaperDigest.Rendering.Math.Chemistry;

namespace PaperDigest.Rendering.Math;

/// <summary>
/// Recursive-descent parser from TeX tokens to a <see cref="MathNode"/> tree. The first error stops it and is
/// returned as data (<see cref="TexParseResult.Error"/>); nesting is bounded by <see cref="MaxDepth"/>.
/// </summary>
internal sealed partial class TexParser
{
    /// <summary>How deeply atoms (groups, fractions, scripts, ...) may nest before the formula is refused.</summary>
    public const int MaxDepth = 64;

    private readonly List<TexToken> tokens;
    private int position;
    private int depth;

    /// <summary>Display style at this point: big operators then take their scripts as limits.</summary>
    private bool display;

    private MathFont font = MathFont.Default;

    /// <summary>Inside <c>$...$</c> within <c>\text{...}</c>: a <c>$</c> ends the row.</summary>
    private int textMath;
    private TexProblem? error;

    private TexParser(IReadOnlyList<TexToken> tokens, bool display)
    {
        this.tokens = tokens as List<TexToken> ?? [.. tokens];
        this.display = display;
    }

    public static TexParseResult Parse(string tex, bool displayMode)
    {
        var tokens = TexTokenizer.Tokenize(tex);
        if (tokens is null)
        {
            return new TexParseResult(null, new TexProblem(TexProblemKind.Malformed, "the formula holds a control character or a broken surrogate pair", 0));
        }

        var parser = new TexParser(tokens, displayMode);
        var root = parser.ParseFormula();
        return parser.error is null ? new TexParseResult(root, null) : new TexParseResult(null, parser.error);
    }

    private MathRow ParseFormula()
    {
        var lines = new List<IReadOnlyList<MathNode>>();
        while (error is null)
        {
            lines.Add(ParseRow(stopAtBracket: false));
            var next = PeekMath();
            if (IsCommand(next, @"\"))
            {
                position++;
                SkipRowSpacing();
                continue;
            }

            if (next.Kind != TexTokenKind.End)
            {
                return Fail(next, $"unexpected {Describe(next)}");
            }

            break;
        }

        if (lines.Count > 1 && lines[^1].Count == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        if (lines.Count == 1)
        {
            return WithTag(new MathRow(lines[0]));
        }

        // Line breaks outside an environment: one centred column, as KaTeX draws them.
        var rows = lines.Select(line => (IReadOnlyList<MathNode>)[new MathRow(line)]).ToList();
        return WithTag(new MathRow([new MathTable(rows, ["center"], null, DisplayStyle: display)]));
    }

    /// <summary>Atoms up to the end of the group, cell or formula; <c>\displaystyle</c> wraps what follows it.</summary>
    private List<MathNode> ParseRow(bool stopAtBracket)
    {
        var items = new List<MathNode>();
        var styles = new List<(int Index, Func<MathRow, MathNode> Wrap)>();
        (int Index, Func<MathRow, MathRow, MathNode> Make, int Styles)? over = null;
        var savedDisplay = display;
        while (error is null)
        {
            var token = PeekMath();
            if (EndsRow(token, stopAtBracket))
            {
                break;
            }

            // A macro is expanded where it stands, so one that makes a line break (\newline) breaks this row.
            if (token.Kind == TexTokenKind.Command && TryGetMacro(token.Text, out var macro))
            {
                position++;
                if (!Expand(token, macro))
                {
                    break;
                }

                continue;
            }

            if (token.Kind == TexTokenKind.Command && RowSwitch(token) is { } wrap)
            {
                if (++depth > MaxDepth)
                {
                    Fail(token, "the formula nests too deeply");
                    break;
                }

                styles.Add((items.Count, wrap));
                continue;
            }

            if (token.Kind == TexTokenKind.Command && Infix(token) is { } infix)
            {
                position++;
                if (over is not null)
                {
                    Fail(token, $"ambiguous: two of \\over, \\atop, \\choose... in one group");
                    break;
                }

                over = (items.Count, infix, styles.Count);
                continue;
            }

            var node = ParseScripted();
            if (node is not null)
            {
                items.Add(node);
            }
        }

        display = savedDisplay;
        depth -= styles.Count;
        for (var i = styles.Count - 1; i >= 0; i--)
        {
            var (index, wrap) = styles[i];
            var body = items.GetRange(index, items.Count - index);
            items.RemoveRange(index, items.Count - index);
            items.Add(wrap(new MathRow(body)));
        }

        if (over is { } split)
        {
            // {a \over b}: everything before and after the infix command in this group.
            var below = items.GetRange(split.Index, items.Count - split.Index);
            items.RemoveRange(split.Index, items.Count - split.Index);
            var above = new MathRow([.. items]);
            items.Clear();
            items.Add(split.Make(above, new MathRow(below)));
        }

        return items;
    }

    /// <summary>An atom with its primes, <c>\limits</c> and scripts; null for commands that only change state (<c>\bf</c>).</summary>
    private MathNode? ParseScripted()
    {
        var start = PeekMath();
        var nucleus = IsScriptToken(start) ? null : ParseAtom(inArgument: false);
        bool? limits = null;
        while (error is null && (IsCommand(PeekMath(), "limits") || IsCommand(PeekMath(), "nolimits")))
        {
            var modifier = PeekMath();
            if (nucleus is not (MathToken { Class: AtomClass.Op } or MathRow { Class: AtomClass.Op }))
            {
                Fail(modifier, $"\\{modifier.Text} must follow an operator such as \\sum");
                return null;
            }

            position++;
            limits = modifier.Text == "limits";
        }

        MathNode? sub = null;
        MathNode? sup = null;
        var primes = 0;
        var savedDisplay = display;
        display = false;
        while (error is null)
        {
            var token = PeekMath();
            var isPrime = token is { Kind: TexTokenKind.Character, Text: "'" };
            if (isPrime || token.Kind == TexTokenKind.Superscript)
            {
                if (sup is not null)
                {
                    Fail(token, "double superscript: use braces, as in x^{a^b}");
                    break;
                }

                position++;
                if (isPrime)
                {
                    primes++;
                }
                else
                {
                    sup = ParseArgument(token);

                    // x^{\prime} is x': TeX's \prime is made for superscripts, Unicode's ′ is already raised.
                    if (PrimeCount(sup) is > 0 and var count)
                    {
                        primes += count;
                        sup = null;
                    }
                }
            }
            else if (token.Kind == TexTokenKind.Subscript)
            {
                if (sub is not null)
                {
                    Fail(token, "double subscript: use braces, as in x_{a_b}");
                    break;
                }

                position++;
                sub = ParseArgument(token);
            }
            else
            {
                break;
            }
        }

        display = savedDisplay;
        if (error is not null)
        {
            return null;
        }

        if (primes > 0)
        {
            // On the baseline: the prime glyph is already raised, and as a superscript it would shrink to a speck.
            var mark = TexSymbols.Commands["prime"] with { Text = Primes(primes) };
            nucleus = new MathRow([nucleus ?? MathRow.Empty, mark]);
        }

        if (sub is null && sup is null)
        {
            return nucleus;
        }

        nucleus ??= MathRow.Empty;
        var asLimits = limits ?? nucleus switch
        {
            MathToken { Limits: true } => display,
            MathRow { Class: AtomClass.Op, Limits: true } => display,
            MathAccent { IsBrace: true } => true,
            _ => false,
        };
        return new MathScripts(nucleus, sub, sup, asLimits);
    }

    /// <summary>A mandatory argument: a braced group or a single token (so <c>x^23</c> puts only the 2 up).</summary>
    private MathNode ParseArgument(TexToken owner)
    {
        var token = PeekMath();
        if (token.Kind is TexTokenKind.End or TexTokenKind.EndGroup or TexTokenKind.AlignmentTab
            or TexTokenKind.Superscript or TexTokenKind.Subscript)
        {
            return Fail(owner, $"{Describe(owner)} is missing its argument");
        }

        return ParseAtom(inArgument: true) ?? Fail(owner, $"{Describe(owner)} is missing its argument");
    }

    private MathNode? ParseAtom(bool inArgument)
    {
        var token = NextMath();
        if (++depth > MaxDepth)
        {
            depth--;
            return Fail(token, "the formula nests too deeply");
        }

        var node = token.Kind switch
        {
            TexTokenKind.BeginGroup => ParseGroup(token),
            TexTokenKind.Character => ParseCharacter(token, inArgument),
            TexTokenKind.Command => ParseCommand(token, inArgument),
            TexTokenKind.Active => new MathSpace(TexSymbols.TieWidth),
            TexTokenKind.Verbatim => new MathToken(MathTokenKind.Text, Monospace(token.Text), AtomClass.Ord),
            _ => Fail(token, $"unexpected {Describe(token)}"),
        };
        depth--;
        return node;
    }

    private MathRow ParseGroup(TexToken open)
    {
        var savedFont = font;
        var scope = BeginGroupScope();
        var items = ParseRow(stopAtBracket: false);
        EndGroupScope(scope);
        font = savedFont;
        if (PeekMath().Kind != TexTokenKind.EndGroup)
        {
            return Fail(open, "unbalanced braces: a { is never closed");
        }

        position++;
        return new MathRow(items);
    }

    private MathNode ParseCharacter(TexToken token, bool inArgument)
    {
        var text = token.Text;
        var c = text[0];
        if (char.IsAsciiLetter(c))
        {
            return Letter(text);
        }

        if (char.IsAsciiDigit(c) || (c == '.' && IsDigitAt(position)))
        {
            return Number(inArgument ? text : NumberRun(text));
        }

        if (TexSymbols.Characters.TryGetValue(text, out var symbol))
        {
            return symbol;
        }

        if (c < 128)
        {
            return Fail(token, $"unsupported character {text}", TexProblemKind.Unsupported);
        }

        // Unicode typed directly: letters are identifiers, digits numbers, anything else an operator.
        var rune = Rune.GetRuneAt(text, 0);
        if (Rune.IsLetter(rune))
        {
            return MathAlphabet.IsLetter(text) ? Letter(text) : new MathToken(MathTokenKind.Identifier, text, AtomClass.Ord);
        }

        return Rune.IsDigit(rune)
            ? new MathToken(MathTokenKind.Number, text, AtomClass.Ord)
            : new MathToken(MathTokenKind.Operator, text, AtomClass.Ord);
    }

    private MathNode? ParseCommand(TexToken token, bool inArgument)
    {
        var name = token.Text;
        if (TryGetMacro(name, out var macro))
        {
            return Expand(token, macro) ? ParseAtom(inArgument) : MathRow.Empty;
        }

        if (TexSymbols.Commands.TryGetValue(name, out var symbol))
        {
            return symbol.Kind == MathTokenKind.Identifier && MathAlphabet.IsLetter(symbol.Text) ? Letter(symbol.Text) : symbol;
        }

        if (TexSymbols.Spaces.TryGetValue(name, out var width))
        {
            return new MathSpace(width);
        }

        if (TexSymbols.Fonts.TryGetValue(name, out var argumentFont))
        {
            var savedFont = font;
            font = argumentFont;
            var argument = ParseArgument(token);
            font = savedFont;
            return argument;
        }

        if (TexSymbols.FontSwitches.TryGetValue(name, out var switchedFont))
        {
            font = switchedFont;
            return null;
        }

        if (TexSymbols.TextCommands.TryGetValue(name, out var textVariant))
        {
            // \text{for all $x$}: the math inside comes back as parts between the text.
            var parts = new List<MathNode>();
            var text = ReadText(token, operatorName: false, textVariant, parts);
            if (parts.Count == 0)
            {
                return new MathToken(MathTokenKind.Text, text, AtomClass.Ord);
            }

            if (text.Length > 0)
            {
                parts.Add(new MathToken(MathTokenKind.Text, text, AtomClass.Ord));
            }

            return new MathRow(parts);
        }

        if (TexSymbols.Accents.TryGetValue(name, out var accent))
        {
            var body = ParseArgument(token);
            var mark = new MathToken(MathTokenKind.Operator, accent.Mark, AtomClass.Ord) { Stretchy = accent.Stretchy };
            return new MathAccent(body, mark, accent.Under, accent.IsBrace, accent.IsRule);
        }

        if (TexSymbols.DelimiterSizes.TryGetValue(name, out var size))
        {
            var delimiter = ParseDelimiter(token);
            var spacing = size.Class == AtomClass.Rel ? "0.2778em" : "0em";
            return delimiter.Length == 0
                ? MathRow.Empty
                : new MathToken(MathTokenKind.Operator, delimiter, size.Class)
                {
                    Stretchy = true,
                    Fence = size.Class is AtomClass.Open or AtomClass.Close,
                    Size = size.Size,
                    LeftSpace = spacing,
                    RightSpace = spacing,
                };
        }

        return name switch
        {
            "frac" => ParseFraction(token, style: null),
            "cfrac" => ParseContinuedFraction(token),
            "dfrac" => ParseFraction(token, style: true),
            "tfrac" => ParseFraction(token, style: false),
            "binom" => ParseBinomial(token, style: null),
            "dbinom" => ParseBinomial(token, style: true),
            "tbinom" => ParseBinomial(token, style: false),
            "sqrt" => ParseRadical(token),
            "left" => ParseFenced(token),
            "begin" => ParseEnvironment(token),
            "operatorname" => ParseOperatorName(token, withLimits: false),
            "operatornamewithlimits" => ParseOperatorName(token, withLimits: true),
            "overset" or "stackrel" => ParseStacked(token, under: false),
            "underset" => ParseStacked(token, under: true),
            "not" => ParseNegation(token),
            "pmod" => ParseModulus(token, parenthesised: true),
            "mod" => ParseModulus(token, parenthesised: false),
            "ce" or "pu" => ParseChemistry(token),

            // Numbering and rules mean nothing in a web page: nothing to show, nothing lost.
            "nonumber" or "notag" or "hline" or "hdashline" or "relax" or "allowbreak" or "nobreak" => null,
            "right" or "middle" or "end" or "limits" or "nolimits" => Fail(token, $"unexpected {Describe(token)}"),

            // Everything else: the notations of TexParser.Notations.cs (one more family hooks in there with a line).
            _ => ParseNotation(token),
        };
    }

    /// <summary><c>\ce</c> and <c>\pu</c>, which read their argument with mhchem's grammar (see Chemistry/).</summary>
    private MathNode ParseChemistry(TexToken token)
    {
        var (node, problem) = ChemistryFormula.Parse(tokens, ref position, token.Text, display);
        return node ?? Fail(token, problem?.Message ?? "it could not be read", problem?.Kind ?? TexProblemKind.Malformed, problem?.Name);
    }

    private MathNode ParseFraction(TexToken token, bool? style)
    {
        var savedDisplay = display;
        display = false;
        var numerator = ParseArgument(token);
        var denominator = ParseArgument(token);
        display = savedDisplay;
        var fraction = new MathFraction(numerator, denominator, WithoutRule: false);
        return style is { } isDisplay ? new MathStyle(isDisplay, fraction) : fraction;
    }

    private MathNode ParseBinomial(TexToken token, bool? style)
    {
        var savedDisplay = display;
        display = false;
        var top = ParseArgument(token);
        var bottom = ParseArgument(token);
        display = savedDisplay;
        var binomial = new MathRow([Fence("(", AtomClass.Open), new MathFraction(top, bottom, WithoutRule: true), Fence(")", AtomClass.Close)])
        {
            Class = AtomClass.Inner,
        };
        return style is { } isDisplay ? new MathStyle(isDisplay, binomial) : binomial;
    }

    private MathNode ParseRadical(TexToken token)
    {
        MathNode? index = null;
        var open = PeekMath();
        if (open is { Kind: TexTokenKind.Character, Text: "[" })
        {
            position++;
            var savedDisplay = display;
            display = false;
            var items = ParseRow(stopAtBracket: true);
            display = savedDisplay;
            if (PeekMath() is not { Kind: TexTokenKind.Character, Text: "]" })
            {
                return Fail(open, "the [ of \\sqrt[n] is never closed");
            }

            position++;
            index = new MathRow(items);
        }

        return new MathRadical(ParseArgument(token), index);
    }

    private MathRow ParseFenced(TexToken left)
    {
        var items = new List<MathNode>();
        AddFence(items, ParseDelimiter(left), AtomClass.Open);
        while (error is null)
        {
            items.AddRange(ParseRow(stopAtBracket: false));
            var next = PeekMath();
            if (IsCommand(next, "middle"))
            {
                position++;
                var middle = ParseDelimiter(next);
                if (middle.Length > 0)
                {
                    items.Add(Fence(middle, AtomClass.Rel) with { LeftSpace = "0.05em", RightSpace = "0.05em" });
                }

                continue;
            }

            if (IsCommand(next, "right"))
            {
                position++;
                AddFence(items, ParseDelimiter(next), AtomClass.Close);
                return new MathRow(items) { Class = AtomClass.Inner };
            }

            return Fail(left, "\\left has no matching \\right");
        }

        return MathRow.Empty;
    }

    private MathNode ParseEnvironment(TexToken begin)
    {
        var name = ReadEnvironmentName(begin);
        if (error is not null)
        {
            return MathRow.Empty;
        }

        if (name is "equation" or "equation*")
        {
            var body = ParseRow(stopAtBracket: false);
            var end = PeekMath();
            if (!IsCommand(end, "end"))
            {
                return Fail(begin, $"\\begin{{{name}}} has no matching \\end{{{name}}}");
            }

            position++;
            var endName = ReadEnvironmentName(end);
            return endName == name || error is not null
                ? new MathRow(body)
                : Fail(end, $"\\begin{{{name}}} is closed by \\end{{{endName}}}");
        }

        if (!TexSymbols.Environments.TryGetValue(name, out var environment))
        {
            return Fail(begin, $"unsupported environment {name}", TexProblemKind.UnknownEnvironment, name);
        }

        if (name == "CD" && !RewriteDiagram(begin))
        {
            return MathRow.Empty;
        }

        var columnAlign = environment.ColumnSpecification ? ReadColumnSpecification(begin) : environment.ColumnAlign;
        if (name is "alignedat" or "alignat" or "alignat*")
        {
            // \begin{alignedat}{2}: the pair count changes nothing here.
            ReadEnvironmentName(begin);
        }
        else if (name.EndsWith('*') && name.Contains("matrix", StringComparison.Ordinal))
        {
            columnAlign = ReadMatrixAlignment(begin);
        }

        var savedDisplay = display;
        display = environment.DisplayCells;
        var rows = ParseTableRows(begin, name, environment.Aligned);
        display = savedDisplay;
        if (error is not null)
        {
            return MathRow.Empty;
        }

        var columns = rows.Count == 0 ? 0 : rows.Max(row => row.Count);
        var align = Enumerable.Range(0, columns).Select(i => columnAlign[i % columnAlign.Count]).ToList();
        var spacing = environment.Aligned
            ? Enumerable.Range(0, System.Math.Max(columns - 1, 0)).Select(i => i % 2 == 0 ? "0em" : "2em").ToList()
            : null;
        MathNode table = new MathTable(rows, align, spacing, environment.DisplayCells) { Class = environment.TableClass };
        if (environment.TableClass == MathClasses.Small)
        {
            table = new MathStyle(false, table, ScriptLevel: 1);
        }

        if (environment.Open is null && environment.Close is null)
        {
            return table;
        }

        var items = new List<MathNode>();
        AddFence(items, environment.Open ?? "", AtomClass.Open);
        items.Add(table);
        AddFence(items, environment.Close ?? "", AtomClass.Close);
        return new MathRow(items) { Class = AtomClass.Inner };
    }

    /// <param name="closedByBrace">The table ends at a closing brace (<c>\bordermatrix{…}</c>), not at <c>\end{name}</c>.</param>
    private List<IReadOnlyList<MathNode>> ParseTableRows(TexToken begin, string name, bool aligned, bool closedByBrace = false)
    {
        var rows = new List<IReadOnlyList<MathNode>>();
        var cells = new List<MathNode>();
        while (error is null)
        {
            // Each cell is a group, as in TeX: a definition made in it ends with it.
            var scope = BeginGroupScope();
            var items = ParseRow(stopAtBracket: false);
            EndGroupScope(scope);

            // In aligned columns "&= b" starts a cell with a relation; an empty atom before it keeps its spacing.
            if (aligned && cells.Count % 2 == 1 && items.FirstOrDefault() is MathToken { Class: AtomClass.Rel or AtomClass.Bin })
            {
                items.Insert(0, new MathToken(MathTokenKind.Identifier, "", AtomClass.Ord));
            }

            cells.Add(new MathRow(items));
            var next = PeekMath();
            if (next.Kind == TexTokenKind.AlignmentTab)
            {
                position++;
            }
            else if (IsCommand(next, @"\") || IsCommand(next, "cr"))
            {
                position++;
                SkipRowSpacing();
                rows.Add(cells);
                cells = [];
            }
            else if (closedByBrace ? next.Kind == TexTokenKind.EndGroup : IsCommand(next, "end"))
            {
                position++;
                var endName = closedByBrace ? name : ReadEnvironmentName(next);
                if (error is null && endName != name)
                {
                    Fail(next, $"\\begin{{{name}}} is closed by \\end{{{endName}}}");
                }

                // A final \\ before \end leaves one empty cell behind: not a row.
                if (rows.Count == 0 || cells.Count > 1 || cells[0] is not MathRow { Items.Count: 0 })
                {
                    rows.Add(cells);
                }

                return rows;
            }
            else
            {
                Fail(begin, closedByBrace ? $"unbalanced braces: the {{ of {Describe(begin)} is never closed" : $"\\begin{{{name}}} has no matching \\end{{{name}}}");
            }
        }

        return rows;
    }

    private MathNode ParseOperatorName(TexToken token, bool withLimits)
    {
        var limits = withLimits;
        if (tokens[position] is { Kind: TexTokenKind.Character, Text: "*" })
        {
            position++;
            limits = true;
        }

        var name = ReadText(token, operatorName: true);
        if (error is null && name.Length == 0)
        {
            return Fail(token, "\\operatorname needs a name");
        }

        return new MathToken(MathTokenKind.Identifier, name, AtomClass.Op)
        {
            IsFunction = true,
            Limits = limits,
            Variant = name.Length == 1 ? "normal" : null,
        };
    }

    private MathScripts ParseStacked(TexToken token, bool under)
    {
        var savedDisplay = display;
        display = false;
        var mark = ParseArgument(token);
        display = savedDisplay;
        var body = ParseArgument(token);
        return under ? new MathScripts(body, mark, null, Limits: true) : new MathScripts(body, null, mark, Limits: true);
    }

    private MathNode ParseNegation(TexToken token)
    {
        var next = PeekMath();
        var key = next.Kind is TexTokenKind.Character or TexTokenKind.Command ? next.Text : "";
        if (TexSymbols.Negations.TryGetValue(key, out var negated))
        {
            position++;
            return new MathToken(MathTokenKind.Operator, negated, AtomClass.Rel);
        }

        var relation = next.Kind switch
        {
            TexTokenKind.Command => TexSymbols.Commands.GetValueOrDefault(key),
            TexTokenKind.Character => TexSymbols.Characters.GetValueOrDefault(key),
            _ => null,
        };
        if (relation is { Kind: MathTokenKind.Operator, Class: AtomClass.Rel })
        {
            position++;
            return relation with { Text = relation.Text + "\u0338" };
        }

        // \not x, \not{x}: any one symbol, struck through.
        var struck = ParseArgument(token);
        var single = struck is MathRow { Items: [var only] } ? only : struck;
        if (single is MathToken { Text.Length: 1 } symbol)
        {
            return symbol with { Text = symbol.Text + "\u0338" };
        }

        return error is null ? Fail(token, "\\not must be followed by a relation such as = or \\in, or one symbol") : MathRow.Empty;
    }

    private MathRow ParseModulus(TexToken token, bool parenthesised)
    {
        var argument = ParseArgument(token);
        var mod = new MathToken(MathTokenKind.Identifier, "mod", AtomClass.Ord);
        List<MathNode> items = parenthesised
            ? [new MathSpace("1em"), TexSymbols.Characters["("], mod, new MathSpace("0.3333em"), argument, TexSymbols.Characters[")"]]
            : [new MathSpace("1em"), mod, new MathSpace("0.3333em"), argument];
        return new MathRow(items);
    }

    /// <summary>
    /// The braced argument of <c>\text</c> or <c>\operatorname</c> as plain text (spaces kept only in text), in the
    /// style of <paramref name="variant"/> and of the text commands nested in it, as Unicode's styled letters.
    /// </summary>
    /// <param name="parts">Where math in the text (<c>$x$</c>) goes, with the text before it; null where math is not allowed.</param>
    /// <returns>The text after the last math part (all of it when there is none).</returns>
    private string ReadText(TexToken owner, bool operatorName, string variant = "", List<MathNode>? parts = null)
    {
        var first = PeekMath();
        if (first.Kind == TexTokenKind.Character)
        {
            position++;
            return MathAlphabet.Text(first.Text, variant);
        }

        if (first.Kind != TexTokenKind.BeginGroup)
        {
            Fail(owner, $"{Describe(owner)} needs a braced argument");
            return "";
        }

        position++;
        var text = new StringBuilder();
        var variants = new List<string> { variant };
        string? nextVariant = null;
        while (true)
        {
            var token = tokens[position];
            if (token.Kind == TexTokenKind.End)
            {
                Fail(first, "unbalanced braces: a { is never closed");
                return "";
            }

            position++;
            var current = variants[^1];
            switch (token.Kind)
            {
                case TexTokenKind.Command when definitions is not null && definitions.TryGetValue(token.Text, out var own):
                    // The formula's own definitions come first, even of a name text already knows.
                    SkipSpacesAfterWord(token);
                    if (!Expand(token, own))
                    {
                        return "";
                    }

                    break;
                case TexTokenKind.BeginGroup when variants.Count > MaxDepth:
                    Fail(token, "the formula nests too deeply");
                    return "";
                case TexTokenKind.BeginGroup:
                    variants.Add(nextVariant ?? current);
                    nextVariant = null;
                    break;
                case TexTokenKind.EndGroup:
                    variants.RemoveAt(variants.Count - 1);
                    if (variants.Count == 0)
                    {
                        return text.ToString().Normalize(NormalizationForm.FormC);
                    }

                    break;
                case TexTokenKind.Space when !operatorName:
                    // Kept unbreakable: MathML would trim a space at either end of <mtext>.
                    text.Append('\u00A0');
                    break;
                case TexTokenKind.Active:
                    text.Append('\u00A0');
                    break;
                case TexTokenKind.Character when token.Text != "$":
                    text.Append(MathAlphabet.Text(token.Text, current));
                    break;
                case TexTokenKind.Character when parts is not null && textMath == 0:
                    if (text.Length > 0)
                    {
                        parts.Add(new MathToken(MathTokenKind.Text, text.ToString().Normalize(NormalizationForm.FormC), AtomClass.Ord));
                        text.Clear();
                    }

                    textMath++;
                    var math = ParseRow(stopAtBracket: false);
                    textMath--;
                    if (PeekMath() is not { Kind: TexTokenKind.Character, Text: "$" })
                    {
                        Fail(token, $"the $ in {Describe(owner)} is never closed");
                        return "";
                    }

                    position++;
                    parts.Add(new MathRow(math));
                    break;
                case TexTokenKind.Superscript or TexTokenKind.Subscript or TexTokenKind.AlignmentTab or TexTokenKind.Character:
                    Fail(token, $"{token.Text} cannot be used in {Describe(owner)}");
                    return "";
                case TexTokenKind.Command when TexSymbols.TextSymbols.TryGetValue(token.Text, out var symbol):
                    text.Append(operatorName && symbol == " " ? "\u2009" : symbol);
                    SkipSpacesAfterWord(token);
                    break;
                case TexTokenKind.Command when TexSymbols.TextAccents.TryGetValue(token.Text, out var mark):
                    // \'e, \"{o}: the letter and a combining mark, composed at the end.
                    SkipSpacesAfterWord(token);
                    var braced = tokens[position].Kind == TexTokenKind.BeginGroup;
                    var letter = tokens[position + (braced ? 1 : 0)];
                    if (letter.Kind != TexTokenKind.Character || (braced && tokens[position + 2].Kind != TexTokenKind.EndGroup))
                    {
                        Fail(token, $"\\{token.Text} must be followed by a letter");
                        return "";
                    }

                    position += braced ? 3 : 1;
                    text.Append(letter.Text).Append(mark);
                    break;
                case TexTokenKind.Command when TexSymbols.TextCommands.TryGetValue(token.Text, out var nested):
                    // A style inside text (\text{a \textbf{b}}): its braces are read as a nested group in that style.
                    nextVariant = MathAlphabet.Combine(current, nested);
                    SkipSpacesAfterWord(token);
                    break;
                case TexTokenKind.Command when TryGetMacro(token.Text, out var macro):
                    // A macro in text (\text{in \unit}) is expanded where it stands and its tokens read as text.
                    SkipSpacesAfterWord(token);
                    if (!Expand(token, macro))
                    {
                        return "";
                    }

                    break;
                case TexTokenKind.Command:
                    Fail(token, $"unsupported command \\{token.Text} in {Describe(owner)}", TexProblemKind.UnknownCommand, token.Text);
                    return "";
            }
        }
    }

    private string ReadEnvironmentName(TexToken owner)
    {
        if (PeekMath().Kind != TexTokenKind.BeginGroup)
        {
            Fail(owner, $"{Describe(owner)} needs a name in braces");
            return "";
        }

        position++;
        var name = new StringBuilder();
        while (tokens[position] is { Kind: TexTokenKind.Character } token && (char.IsAsciiLetterOrDigit(token.Text[0]) || token.Text == "*"))
        {
            name.Append(token.Text);
            position++;
        }

        if (tokens[position].Kind != TexTokenKind.EndGroup)
        {
            Fail(owner, $"{Describe(owner)} needs a name in braces");
            return "";
        }

        position++;
        return name.ToString();
    }

    /// <summary>The column specification of <c>\begin{array}{lcr}</c>; rules (|) are not drawn.</summary>
    private List<string> ReadColumnSpecification(TexToken owner)
    {
        var align = new List<string>();
        if (PeekMath().Kind == TexTokenKind.BeginGroup)
        {
            position++;
            while (NextMath() is { Kind: TexTokenKind.Character } token)
            {
                switch (token.Text)
                {
                    case "l":
                        align.Add("left");
                        break;
                    case "c":
                        align.Add("center");
                        break;
                    case "r":
                        align.Add("right");
                        break;
                    case "|" or ":":
                        break;
                    default:
                        Fail(token, $"unsupported column type {token.Text} in \\begin{{array}}", TexProblemKind.Unsupported);
                        return ["center"];
                }
            }

            if (tokens[position - 1].Kind == TexTokenKind.EndGroup && align.Count > 0)
            {
                return align;
            }
        }

        Fail(owner, "\\begin{array} needs columns such as {cc}");
        return ["center"];
    }

    /// <summary>The optional <c>[l]</c>, <c>[c]</c> or <c>[r]</c> of <c>pmatrix*</c> and kin.</summary>
    private List<string> ReadMatrixAlignment(TexToken owner)
    {
        if (PeekMath() is not { Kind: TexTokenKind.Character, Text: "[" })
        {
            return ["center"];
        }

        position++;
        var letter = NextMath();
        var align = letter.Text switch
        {
            "l" => "left",
            "r" => "right",
            "c" => "center",
            _ => null,
        };
        if (align is null || NextMath() is not { Kind: TexTokenKind.Character, Text: "]" })
        {
            Fail(owner, "the option of a starred matrix is [l], [c] or [r]");
            return ["center"];
        }

        return [align];
    }

    private string ParseDelimiter(TexToken owner)
    {
        var token = NextMath();
        var key = token.Kind switch
        {
            TexTokenKind.Character => token.Text,
            TexTokenKind.Command => "\\" + token.Text,
            _ => null,
        };
        if (key is not null && TexSymbols.Delimiters.TryGetValue(key, out var delimiter))
        {
            return delimiter;
        }

        Fail(owner, $"{Describe(owner)} must be followed by a delimiter such as ( or .");
        return "";
    }

    /// <summary>Skips the optional extra space of a line break, <c>\\[4pt]</c>.</summary>
    private void SkipRowSpacing()
    {
        var open = PeekMath();
        if (open is not { Kind: TexTokenKind.Character, Text: "[" })
        {
            return;
        }

        for (var i = position + 1; i < tokens.Count && i < position + 16; i++)
        {
            if (tokens[i] is { Kind: TexTokenKind.Character, Text: "]" })
            {
                position = i + 1;
                return;
            }
        }

        Fail(open, "the [ after \\\\ is never closed");
    }

    private void SkipSpacesAfterWord(TexToken command)
    {
        if (char.IsAsciiLetter(command.Text.FirstOrDefault()))
        {
            while (tokens[position].Kind == TexTokenKind.Space)
            {
                position++;
            }
        }
    }

    private MathToken Letter(string letter)
    {
        var (text, variant) = MathAlphabet.Letter(letter, font);
        return new MathToken(MathTokenKind.Identifier, text, AtomClass.Ord) { Variant = variant };
    }

    private MathToken Number(string digits)
    {
        var (text, variant) = MathAlphabet.Number(digits, font);
        return new MathToken(MathTokenKind.Number, text, AtomClass.Ord) { Variant = variant };
    }

    /// <summary>Digits and decimal points written without a space between them: 3.14 is one number.</summary>
    private string NumberRun(string first)
    {
        var digits = new StringBuilder(first);
        while (tokens[position] is { Kind: TexTokenKind.Character } next
            && (char.IsAsciiDigit(next.Text[0]) || (next.Text == "." && IsDigitAt(position + 1))))
        {
            digits.Append(next.Text);
            position++;
        }

        return digits.ToString();
    }

    private bool IsDigitAt(int index) => tokens[index] is { Kind: TexTokenKind.Character } token && char.IsAsciiDigit(token.Text[0]);

    /// <summary><c>\verb</c>'s text: letters and digits in Unicode's monospace, spaces unbreakable (MathML trims them at the ends).</summary>
    private static string Monospace(string text)
    {
        var result = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            result.Append(c == ' ' ? "\u00A0" : char.IsAsciiLetterOrDigit(c) ? MathAlphabet.Text(c.ToString(), "monospace") : c);
        }

        return result.ToString();
    }

    private static string Primes(int count) => count switch
    {
        1 => "′",
        2 => "″",
        3 => "‴",
        _ => new string('′', count),
    };

    private static MathToken Fence(string text, AtomClass atomClass) =>
        new(MathTokenKind.Operator, text, atomClass) { Fence = true, Stretchy = true };

    private static void AddFence(List<MathNode> items, string delimiter, AtomClass atomClass)
    {
        if (delimiter.Length > 0)
        {
            items.Add(Fence(delimiter, atomClass));
        }
    }

    private TexToken PeekMath()
    {
        while (tokens[position].Kind == TexTokenKind.Space)
        {
            position++;
        }

        return tokens[position];
    }

    private TexToken NextMath()
    {
        var token = PeekMath();
        if (token.Kind != TexTokenKind.End)
        {
            position++;
        }

        return token;
    }

    private bool EndsRow(TexToken token, bool stopAtBracket) =>
        token.Kind is TexTokenKind.End or TexTokenKind.EndGroup or TexTokenKind.AlignmentTab
        || IsCommand(token, @"\") || IsCommand(token, "cr") || IsCommand(token, "right") || IsCommand(token, "middle") || IsCommand(token, "end")
        || (stopAtBracket && token is { Kind: TexTokenKind.Character, Text: "]" })
        || (textMath > 0 && token is { Kind: TexTokenKind.Character, Text: "$" });

    private static bool IsScriptToken(TexToken token) =>
        token.Kind is TexTokenKind.Superscript or TexTokenKind.Subscript || token is { Kind: TexTokenKind.Character, Text: "'" };

    private static bool IsCommand(TexToken token, string name) =>
        token.Kind == TexTokenKind.Command && string.Equals(token.Text, name, StringComparison.Ordinal);

    private static string Describe(TexToken token) => token.Kind switch
    {
        TexTokenKind.End => "end of formula",
        TexTokenKind.Command => "\\" + token.Text,
        _ => token.Text,
    };

    /// <summary>Records the first problem (later ones are consequences) and returns an empty row so parsing can unwind.</summary>
    private MathRow Fail(TexToken token, string message, TexProblemKind kind = TexProblemKind.Malformed, string? name = null)
    {
        error ??= new TexProblem(kind, message, token.Position, name);
        return MathRow.Empty;
    }
}
