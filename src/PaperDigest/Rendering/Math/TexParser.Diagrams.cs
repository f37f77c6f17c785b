namespace PaperDigest.Rendering.Math;

/// <summary>
/// amscd's <c>CD</c> diagrams and plain TeX's <c>\bordermatrix</c>. A diagram is rewritten in place to the cells and
/// rows of a table whose arrows are one internal command, <c>\cd@arrow</c>, that no formula can write (the tokenizer
/// never makes a command name with an @), followed by its arrow character and its two labels in braces.
/// </summary>
internal sealed partial class TexParser
{
    /// <summary>The internal command a diagram's arrows become.</summary>
    private const string DiagramArrow = "cd@arrow";

    /// <summary>
    /// Rewrites the body of <c>\begin{CD}</c>, up to its <c>\end</c>, so it reads as a table: an object row alternates
    /// objects and horizontal arrows (<c>@&gt;a&gt;b&gt;</c>, <c>@&lt;&lt;&lt;</c>, <c>@=</c>, <c>@.</c>); a row with vertical
    /// arrows (<c>@VaVbV</c>, <c>@AAA</c>, <c>@|</c>) puts them under the objects, with empty cells between.
    /// </summary>
    private bool RewriteDiagram(TexToken begin)
    {
        var end = position;
        for (var environments = 0; ; end++)
        {
            var token = tokens[end];
            if (token.Kind == TexTokenKind.End)
            {
                Fail(begin, "\\begin{CD} has no matching \\end{CD}");
                return false;
            }

            if (IsCommand(token, "begin"))
            {
                environments++;
            }
            else if (IsCommand(token, "end") && environments-- == 0)
            {
                break;
            }
        }

        var rewritten = new List<TexToken>();
        var row = new List<TexToken>();

        // Rows end at \\ or \cr outside braces and nested environments (\substack{a\\b} in a label is one row).
        var level = 0;
        for (var i = position; i <= end; i++)
        {
            var token = tokens[i];
            level += token.Kind == TexTokenKind.BeginGroup || IsCommand(token, "begin") ? 1 : token.Kind == TexTokenKind.EndGroup || IsCommand(token, "end") ? -1 : 0;
            if (i == end || (level == 0 && (IsCommand(token, @"\") || IsCommand(token, "cr"))))
            {
                if (!RewriteDiagramRow(row, rewritten))
                {
                    return false;
                }

                if (i < end)
                {
                    rewritten.Add(token);
                }

                row.Clear();
                continue;
            }

            row.Add(token);
        }

        tokens.RemoveRange(position, end - position);
        tokens.InsertRange(position, rewritten);
        return true;
    }

    /// <summary>One row of a diagram as cells separated by <c>&amp;</c>; false after failing.</summary>
    private bool RewriteDiagramRow(List<TexToken> row, List<TexToken> rewritten)
    {
        // The row's parts in order: objects (token runs) and arrows (the arrow's character and its two labels).
        var objects = new List<List<TexToken>> { new() };
        var arrows = new List<(TexToken Arrow, List<TexToken> First, List<TexToken> Second)>();
        for (var i = 0; i < row.Count; i++)
        {
            var token = row[i];
            if (token is not { Kind: TexTokenKind.Character, Text: "@" })
            {
                objects[^1].Add(token);
                continue;
            }

            var arrow = i + 1 < row.Count ? row[i + 1] : token;
            i++;
            var labels = arrow.Text is ">" or "<" or "V" or "A" ? 2 : arrow.Text is "=" or "|" or "." ? 0 : -1;
            if (arrow.Kind != TexTokenKind.Character || labels < 0)
            {
                Fail(token, "an @ in a CD diagram starts an arrow: @>>>, @<<<, @VVV, @AAA, @=, @| or @.");
                return false;
            }

            var label = new List<TexToken>[] { [], [] };
            for (var part = 0; part < labels; part++)
            {
                var level = 0;
                while (true)
                {
                    if (++i >= row.Count)
                    {
                        Fail(arrow, $"the arrow @{arrow.Text} of a CD diagram needs three {arrow.Text}, as in @{arrow.Text}a{arrow.Text}b{arrow.Text}");
                        return false;
                    }

                    var next = row[i];
                    level += next.Kind == TexTokenKind.BeginGroup ? 1 : next.Kind == TexTokenKind.EndGroup ? -1 : 0;
                    if (level == 0 && next.Kind == TexTokenKind.Character && next.Text == arrow.Text)
                    {
                        break;
                    }

                    label[part].Add(next);
                }
            }

            arrows.Add((arrow, label[0], label[1]));
            objects.Add([]);
        }

        var vertical = arrows.Exists(a => a.Arrow.Text is "V" or "A" or "|");
        var at = row.Count > 0 ? row[0].Position : 0;
        var tab = new TexToken(TexTokenKind.AlignmentTab, "&", at);
        for (var i = 0; i < arrows.Count; i++)
        {
            if (!vertical)
            {
                rewritten.AddRange(objects[i]);
                rewritten.Add(tab);
            }
            else if (i > 0)
            {
                // Vertical arrows stand under the objects: an empty cell where a horizontal arrow would be.
                rewritten.Add(tab);
                rewritten.Add(tab);
            }

            var (arrow, first, second) = arrows[i];
            rewritten.Add(new TexToken(TexTokenKind.Command, DiagramArrow, arrow.Position));
            rewritten.Add(arrow);
            rewritten.Add(new TexToken(TexTokenKind.BeginGroup, "{", arrow.Position));
            rewritten.AddRange(first);
            rewritten.Add(new TexToken(TexTokenKind.EndGroup, "}", arrow.Position));
            rewritten.Add(new TexToken(TexTokenKind.BeginGroup, "{", arrow.Position));
            rewritten.AddRange(second);
            rewritten.Add(new TexToken(TexTokenKind.EndGroup, "}", arrow.Position));
            if (!vertical)
            {
                rewritten.Add(tab);
            }
        }

        if (!vertical)
        {
            rewritten.AddRange(objects[^1]);
        }

        return true;
    }

    /// <summary>
    /// A diagram's arrow: horizontal ones as extensible arrows with the first label above and the second below;
    /// vertical ones as a stretched arrow with the first label at its left and the second at its right, in script size.
    /// </summary>
    private MathRow ParseDiagramArrow(TexToken token)
    {
        var arrow = NextMath();
        var savedDisplay = display;
        display = false;
        var first = ParseArgument(token);
        var second = ParseArgument(token);
        display = savedDisplay;
        var mark = arrow.Text switch
        {
            ">" => "→",
            "<" => "←",
            "=" => "=",
            "V" => "↓",
            "A" => "↑",
            "|" => "‖",
            _ => "",
        };
        if (mark.Length == 0)
        {
            return MathRow.Empty;
        }

        if (arrow.Text is ">" or "<" or "=")
        {
            var line = new MathToken(MathTokenKind.Operator, mark, AtomClass.Rel) { Stretchy = true, LeftSpace = "0em", RightSpace = "0em" };
            var scripts = new MathScripts(line, Padded(new MathRow([second, new MathSpace("3em")])), Padded(first), Limits: true);
            return new MathRow([new MathSpace("0.2778em"), scripts, new MathSpace("0.2778em")]) { Class = AtomClass.Rel };
        }

        var shaft = new MathToken(MathTokenKind.Operator, mark, AtomClass.Rel) { Stretchy = true, Size = "1.8em", LeftSpace = "0em", RightSpace = "0em" };
        var left = new MathWrap("mpadded", " width=\"0px\"", Decorated(MathClasses.LeftOverlap, new MathStyle(false, first, ScriptLevel: 1)));
        var right = new MathWrap("mpadded", " width=\"0px\"", new MathStyle(false, second, ScriptLevel: 1));
        return new MathRow([left, shaft, right]);
    }

    /// <summary>
    /// <c>\bordermatrix{&amp;c_1&amp;c_2\cr r_1&amp;a&amp;b\cr …}</c>: the first row labels the columns and the first
    /// column the rows, outside the parentheses around the rest (borders of its cells, <see cref="MathClasses.BorderMatrix"/>).
    /// </summary>
    private MathNode ParseBorderMatrix(TexToken token)
    {
        if (PeekMath().Kind != TexTokenKind.BeginGroup)
        {
            return Fail(token, "\\bordermatrix needs its rows in braces, as in \\bordermatrix{&c_1\\cr r_1&a}");
        }

        position++;
        var savedDisplay = display;
        display = false;
        var scope = BeginGroupScope();
        var rows = ParseTableRows(token, "bordermatrix", aligned: false, closedByBrace: true);
        EndGroupScope(scope);
        display = savedDisplay;
        if (error is not null)
        {
            return MathRow.Empty;
        }

        var columns = rows.Max(row => row.Count);
        if (rows.Count < 2 || columns < 2)
        {
            return Fail(token, "\\bordermatrix needs a row of column labels and at least one labelled row");
        }

        // Every row as wide as the widest, so the parenthesis borders fall on the last column's cells.
        var full = rows.Select(row => (IReadOnlyList<MathNode>)[.. row, .. Enumerable.Repeat(MathRow.Empty, columns - row.Count)]).ToList();

        // The labels column is set flush right against the parenthesis; the entries are centred.
        var align = Enumerable.Range(0, columns).Select(i => i == 0 ? "right" : "center").ToList();
        return new MathTable(full, align, null, DisplayStyle: false) { Class = $"{MathClasses.Matrix} {MathClasses.BorderMatrix}" };
    }
}
