using System.Text;

namespace PaperDigest.Rendering.Math.Chemistry;

/// <summary>
/// Turns the mhchem parser's output into math nodes, as mhchem's texify turns it into TeX for Temml. TeX fragments
/// (numbers, charges, <c>$...$</c> math, commands) go through <see cref="TexParser"/>; entities, arrows, bonds and
/// spaces are built directly, with the structure Temml gives them (empty-based scripts after the element, stretchy
/// arrows over a minimum width). Throws <see cref="MhchemException"/> for what cannot be shown.
/// </summary>
internal sealed class MhchemBuilder(bool display, bool roman = false)
{
    private const string ThinSpace = "0.1667em";

    /// <summary>The nodes of one list of parser output, as one TeX group.</summary>
    public List<MathNode> Nodes(List<MhchemItem>? items)
    {
        var frames = new Stack<List<MathNode>>();
        var row = new List<MathNode>();
        var tex = new StringBuilder();
        foreach (var item in items ?? [])
        {
            switch (item.Type)
            {
                case "tex" when item.P1 == "{":
                    Flush(tex, row);
                    frames.Push(row);
                    row = [];
                    break;
                case "tex" when item.P1 == "}" && frames.Count > 0:
                    Flush(tex, row);
                    var group = Braced(row);
                    row = frames.Pop();
                    row.Add(group);
                    break;
                case "tex":
                    tex.Append(item.P1);
                    break;
                default:
                    if (Tex(item) is { } fragment)
                    {
                        tex.Append(fragment);
                    }
                    else
                    {
                        Flush(tex, row);
                        Add(item, row);
                    }

                    break;
            }
        }

        Flush(tex, row);
        while (frames.Count > 0)
        {
            var group = new MathRow(row);
            row = frames.Pop();
            row.Add(group);
        }

        return row;
    }

    /// <summary>The TeX that stands for an item, for those our TeX parser reads as Temml does; null for the others.</summary>
    private static string? Tex(MhchemItem item) => item.Type switch
    {
        "tex-math" => item.P1 + " ",
        "text" when item.P1 is { } text && (text.Contains('^') || text.Contains('_')) =>
            "\\mathrm{" + ReplaceFirst(ReplaceFirst(text, " ", "~"), "-", "\\text{-}") + "}",
        "text" => "\\text{" + item.P1 + "}",
        "hyphen" => "\\text{-}",
        "prime" => "\\prime ",
        "cdot" => "\\cdot ",
        "times" => "\\times ",
        "ellipsis" => "\\ldots ",
        " / " => "\\,/\\,",
        "space" => " ",
        "operator" when item.P1 is not ("v" or "(v)" or "^" or "(^)") => Operator(item.P1),
        _ => null,
    };

    private void Add(MhchemItem item, List<MathNode> row)
    {
        switch (item.Type)
        {
            case "chemfive":
                Entity(item, row);
                break;
            case "rm" or "roman numeral":
                row.AddRange(Upright(item.P1 ?? ""));
                break;
            case "state of aggregation":
                row.Add(new MathSpace("0.1111em"));
                row.AddRange(Nodes(item.L1));
                break;
            case "state of aggregation subscript":
                row.Add(new MathSpace("0.0556em"));
                row.AddRange(Nodes(item.L1));
                break;
            case "operator":
                // A precipitate or a gas: an arrow that must not stretch to the height of the formula.
                var gasOrSolid = item.P1 is "^" or "(^)" ? "↑" : "↓";
                row.Add(new MathToken(MathTokenKind.Operator, gasOrSolid, AtomClass.Rel) { Stretchy = false });
                row.Add(MathRow.Empty);
                break;
            case "bond":
                row.Add(MhchemBonds.Of(item.P1 ?? ""));
                break;
            case "frac":
                row.Add(Fraction(Parse(item.P1 ?? ""), Parse(item.P2 ?? "")));
                break;
            case "pu-frac":
                row.Add(Fraction(Nodes(item.L1), Nodes(item.L2)));
                break;
            case "frac-ce":
                row.Add(new MathFraction(new MathRow(Nodes(item.L1)), new MathRow(Nodes(item.L2)), WithoutRule: false));
                break;
            case "overset":
                row.Add(new MathScripts(new MathRow(Nodes(item.L2)), null, new MathRow(Nodes(item.L1)), Limits: true));
                break;
            case "underset":
                row.Add(new MathScripts(new MathRow(Nodes(item.L2)), new MathRow(Nodes(item.L1)), null, Limits: true));
                break;
            case "underbrace":
                var brace = TexSymbols.Accents["underbrace"];
                var mark = new MathToken(MathTokenKind.Operator, brace.Mark, AtomClass.Ord) { Stretchy = true };
                var braced = new MathAccent(new MathRow(Nodes(item.L1)), mark, Under: true, IsBrace: true, IsRule: false);
                row.Add(new MathScripts(braced, new MathRow(Nodes(item.L2)), null, Limits: true));
                break;
            case "arrow":
                // mhchem sets the text over and under arrows in \rm.
                var text = new MhchemBuilder(display, roman: true);
                row.Add(MhchemArrows.Of(item.P1 ?? "", text.Nodes(item.L1), text.Nodes(item.L2)));
                break;
            case "entitySkip" or "pu-space-1":
                // TeX's ~ as Temml writes it: an unbreakable space between a number and its unit.
                row.Add(new MathToken(MathTokenKind.Text, "\u00A0", AtomClass.Ord));
                break;
            case "/":
                row.Add(new MathToken(MathTokenKind.Identifier, "/", AtomClass.Ord));
                break;
            case "pu-space-2":
                row.Add(new MathSpace(ThinSpace));
                break;
            case "1000 separator":
                row.Add(new MathSpace("0.1111em"));
                break;
            case "addition compound":
                row.Add(new MathSpace(ThinSpace));
                row.Add(Braced(Parse("\\cdot")));
                row.Add(new MathSpace(ThinSpace));
                break;
            case "KV x":
                row.Add(Braced(Parse("\\times")));
                break;
            case "circa":
                row.Add(Braced(Parse("\\sim")));
                break;
            case "commaDecimal":
                row.Add(Braced(Parse(",")));
                break;
            case "comma enumeration L" or "comma enumeration M" or "comma enumeration S":
                row.Add(Braced(Parse(item.P1 ?? "")));
                row.Add(new MathSpace(item.Type[^1] switch { 'L' => "0.3333em", 'M' => ThinSpace, _ => "0.0556em" }));
                break;
            case "electron dot":
                row.Add(new MathRow([new MathSpace("0.0556em"), new MathToken(MathTokenKind.Text, "•", AtomClass.Ord), new MathSpace("0.0556em")]));
                break;
            case "tight cdot":
                row.Add(new MathSpace("0.0556em"));
                row.Add(Braced(Parse("\\cdot")));
                row.Add(new MathSpace("0.0556em"));
                break;
            case "color" or "color0":
                throw new MhchemException("\\color cannot be used inside \\ce");
            case "1st-level escape":
                throw new MhchemException($"{item.P1?.Trim()} cannot be used inside \\ce");
            default:
                throw new MhchemException($"cannot show {item.Type}");
        }
    }

    /// <summary>
    /// A chemical entity: amount, isotope prescripts, element, then its subscript and charge each on an empty base
    /// (so that charges line up across a formula, as mhchem sets them).
    /// </summary>
    private void Entity(MhchemItem item, List<MathNode> row)
    {
        var amount = Nodes(item.A);
        if (amount.Count > 0)
        {
            row.AddRange(IsSigned(item.A) ? [new MathRow(amount)] : amount);
            row.Add(new MathSpace(ThinSpace));
        }

        var element = Nodes(item.O);
        var left = Nodes(item.B);
        var leftBelow = Nodes(item.P);
        if (left.Count > 0 || leftBelow.Count > 0)
        {
            row.Add(new MathPrescripts(new MathRow(element), Script(leftBelow), Script(left)));
        }
        else
        {
            row.AddRange(IsSigned(item.O) ? [new MathRow(element)] : element);
        }

        var below = Script(Nodes(item.Q));
        var above = Script(Nodes(item.D));
        if (item.DType == "kv" && (below is not null || above is not null))
        {
            row.Add(new MathScripts(MathRow.Empty, below, above, Limits: false));
        }
        else if (item.DType == "oxidation")
        {
            AddScript(row, null, above);
            AddScript(row, below, null);
        }
        else
        {
            AddScript(row, below, null);
            AddScript(row, null, above);
        }
    }

    private static void AddScript(List<MathNode> row, MathNode? below, MathNode? above)
    {
        if (below is not null || above is not null)
        {
            row.Add(new MathScripts(MathRow.Empty, below, above, Limits: false));
        }
    }

    /// <summary>A TeX group: an operator alone in braces ({\cdot}, {,}) is an ordinary symbol, without spacing.</summary>
    private static MathNode Braced(List<MathNode> nodes) => nodes switch
    {
        [MathToken { Kind: MathTokenKind.Operator } symbol] => symbol with { LeftSpace = "0em", RightSpace = "0em" },
        _ => new MathRow(nodes),
    };

    private static MathNode? Script(List<MathNode> nodes) => nodes.Count switch
    {
        0 => null,
        1 => nodes[0],
        _ => new MathRow(nodes),
    };

    private static bool IsSigned(List<MhchemItem>? items) =>
        items is [{ Type: "tex", P1: { } first }, ..] && (first.StartsWith('+') || first.StartsWith('-'));

    /// <summary>mhchem's fractions (1/2 O2, \pu{kJ//mol}) stay text-sized in display math, as its \mathchoice says.</summary>
    private MathNode Fraction(List<MathNode> numerator, List<MathNode> denominator)
    {
        var fraction = new MathFraction(new MathRow(numerator), new MathRow(denominator), WithoutRule: false);
        return display ? new MathStyle(false, fraction) : fraction;
    }

    /// <summary>Element symbols and unit names: one upright identifier per run of letters, as Temml writes <c>\mathrm{Fe}</c>.</summary>
    private List<MathNode> Upright(string text)
    {
        if (text.Length > 0 && text.All(char.IsAsciiLetter))
        {
            return [Identifier(text)];
        }

        var parsed = Parse("\\mathrm{" + text + "}");
        return JoinLetters(parsed is [MathRow group] ? [.. group.Items] : parsed);
    }

    private static MathToken Identifier(string text) =>
        new(MathTokenKind.Identifier, text, AtomClass.Ord) { Variant = text.Length == 1 ? "normal" : null };

    /// <summary>Joins the single upright letters <c>\mathrm</c> gives into words (mol, not m o l), a script staying on the word.</summary>
    private static List<MathNode> JoinLetters(List<MathNode> nodes)
    {
        var joined = new List<MathNode>();
        var word = new StringBuilder();
        foreach (var node in nodes)
        {
            if (node is MathToken letter && IsUprightLetter(letter))
            {
                word.Append(letter.Text);
                continue;
            }

            if (node is MathScripts { Base: MathToken baseLetter } scripts && IsUprightLetter(baseLetter) && word.Length > 0)
            {
                word.Append(baseLetter.Text);
                joined.Add(scripts with { Base = Identifier(word.ToString()) });
                word.Clear();
                continue;
            }

            if (word.Length > 0)
            {
                joined.Add(Identifier(word.ToString()));
                word.Clear();
            }

            joined.Add(node);
        }

        if (word.Length > 0)
        {
            joined.Add(Identifier(word.ToString()));
        }

        return joined;
    }

    private static bool IsUprightLetter(MathToken token) =>
        token is { Kind: MathTokenKind.Identifier, Variant: "normal" } && token.Text.Length == 1 && char.IsLetter(token.Text[0]);

    private void Flush(StringBuilder tex, List<MathNode> row)
    {
        if (tex.Length > 0)
        {
            row.AddRange(Parse(tex.ToString()));
            tex.Clear();
        }
    }

    private List<MathNode> Parse(string tex)
    {
        if (string.IsNullOrWhiteSpace(tex))
        {
            return [];
        }

        if (tex.All(char.IsAsciiDigit))
        {
            // Counts and amounts, the commonest piece: no need for the TeX parser.
            return [new MathToken(MathTokenKind.Number, tex, AtomClass.Ord)];
        }

        var parsed = TexParser.Parse(roman ? "\\rm " + tex : tex, display);
        if (parsed.Root is MathRow root)
        {
            return roman ? JoinLetters([.. root.Items]) : [.. root.Items];
        }

        if (parsed.Root is { } node)
        {
            return [node];
        }

        var problem = parsed.Problem!;
        var piece = tex.Trim();
        var why = problem.Message;
        throw new MhchemException(why.Contains(piece, StringComparison.Ordinal) ? why : $"{why} in \"{piece}\"", problem.Kind, problem.Name);
    }

    private static string Operator(string? kind) => kind switch
    {
        "+" => " {}+{} ",
        "-" => " {}-{} ",
        "=" => " {}={} ",
        "<" => " {}<{} ",
        ">" => " {}>{} ",
        "<<" => " {}\\ll{} ",
        ">>" => " {}\\gg{} ",
        "\\pm" => " {}\\pm{} ",
        "\\approx" or "$\\approx$" => " {}\\approx{} ",
        _ => throw new MhchemException($"unknown operator {kind}"),
    };

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var i = text.IndexOf(old, StringComparison.Ordinal);
        return i < 0 ? text : string.Concat(text.AsSpan(0, i), replacement, text.AsSpan(i + old.Length));
    }

}
