using System.Text;

namespace PaperDigest.Rendering.Math.Chemistry;

/// <summary>
/// <c>\ce{...}</c> (chemical formulas and equations) and <c>\pu{...}</c> (physical units), read with mhchem's grammar
/// and built as math nodes without any script engine. The braced argument is taken from the formula's tokens.
/// </summary>
internal static class ChemistryFormula
{
    /// <summary>
    /// Reads the argument starting at <paramref name="position"/> (after the command) and converts it. On success the
    /// node is returned and <paramref name="position"/> moves past the closing brace; otherwise the error names the part
    /// that could not be read.
    /// </summary>
    public static (MathNode? Node, ChemistryProblem? Problem) Parse(IReadOnlyList<TexToken> tokens, ref int position, string command, bool display)
    {
        var (argument, opened) = ReadArgument(tokens, ref position);
        if (argument is null)
        {
            return (null, new ChemistryProblem(TexProblemKind.Malformed, opened
                ? $"the {{ after \\{command} is never closed"
                : $"\\{command} needs a braced argument, as in \\{command}{{H2O}}"));
        }

        var (node, problem) = Convert(argument, units: command == "pu", display);
        return problem is null ? (node, null) : (null, problem with { Message = $"\\{command}{{{Shorten(argument)}}}: {problem.Message}" });
    }

    public static (MathNode? Node, ChemistryProblem? Problem) Convert(string argument, bool units, bool display)
    {
        try
        {
            var items = MhchemParser.Go(argument, units ? "pu" : "ce");
            return (new MathRow(new MhchemBuilder(display).Nodes(items)), null);
        }
        catch (MhchemException e)
        {
            return (null, new ChemistryProblem(e.Kind, e.Message, e.Name));
        }
    }

    /// <summary>The source text of a braced group, rebuilt from its tokens as Temml does; null without one or if it is never closed.</summary>
    private static (string? Text, bool Opened) ReadArgument(IReadOnlyList<TexToken> tokens, ref int position)
    {
        var i = position;
        while (tokens[i].Kind == TexTokenKind.Space)
        {
            i++;
        }

        if (tokens[i].Kind != TexTokenKind.BeginGroup)
        {
            return (null, false);
        }

        var text = new StringBuilder();
        var level = 0;
        for (i++; tokens[i].Kind != TexTokenKind.End; i++)
        {
            var token = tokens[i];
            if (token.Kind == TexTokenKind.EndGroup && level-- == 0)
            {
                position = i + 1;
                return (text.ToString().Trim(), true);
            }

            if (token.Kind == TexTokenKind.BeginGroup)
            {
                level++;
            }

            text.Append(token.Kind switch
            {
                TexTokenKind.Command => "\\" + token.Text,
                TexTokenKind.BeginGroup => "{",
                TexTokenKind.EndGroup => "}",
                TexTokenKind.Superscript => "^",
                TexTokenKind.Subscript => "_",
                TexTokenKind.AlignmentTab => "&",
                TexTokenKind.Active => "~",
                _ => token.Text,
            });
        }

        return (null, true);
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
