using Markdig.Extensions.Mathematics;
using Markdig.Syntax;

namespace PaperDigest.Rendering.Math;

/// <summary>
/// Warns about each formula of a rendered write-up that is shown as its TeX because it could not be converted, at the
/// formula's place, naming why. The problem is the one the parser noted on the formula's node while rendering
/// (<see cref="MathMLExtension.ProblemOf"/>): its kind decides the code, so nothing is parsed twice and no message is
/// read for its words. Looked for only when the HTML holds a fallback, so write-ups whose math all converts cost nothing.
/// </summary>
internal static class MathNotConverted
{
    /// <summary>The class of the fallback element <see cref="TexToMathML.Fallback"/> writes.</summary>
    public const string Marker = "class=\"math-tex\"";

    public static void Note(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            // An unknown command or environment (also inside \ce) is PD0140; a formula written wrongly (braces,
            // arguments) is PD0141; a macro the formula defines that expands without end is PD0142.
            if (MathMLExtension.ProblemOf(node) is { } problem)
            {
                var why = problem.Kind == TexProblemKind.TooLong ? problem.Message : problem.Text;
                var (line, column) = Place(node, problem);
                MarkdownWarning.Add(document, new MarkdownWarning(line, column, problem.Code, $"the formula is shown as TeX, not as math: {why}"));
            }
        }
    }

    /// <summary>
    /// Where in the Markdown the problem is (0-based line and column): at the character the parser stopped at when the
    /// formula's text maps onto the source line by line, else at the formula's opening <c>$</c>.
    /// </summary>
    private static (int Line, int Column) Place(MarkdownObject node, TexProblem problem)
    {
        if (problem.Kind == TexProblemKind.TooLong)
        {
            return (node.Line, node.Column);
        }

        switch (node)
        {
            case MathInline inline:
            {
                // One source line between the delimiters: the offset in the TeX is an offset on that line.
                var text = inline.Content.AsSpan();
                var offset = Leading(text) + problem.Position;
                return offset <= text.Length && text[..offset].IndexOfAny('\n', '\r') < 0
                    ? (inline.Line, inline.Column + inline.DelimiterCount + offset)
                    : (inline.Line, inline.Column);
            }

            case MathBlock block:
            {
                // The TeX is the block's lines joined by \n: find the line the offset falls on.
                var lines = block.Lines;
                var offset = Leading(lines.ToString()) + problem.Position;
                for (var i = 0; i < lines.Count; i++)
                {
                    var length = lines.Lines[i].Slice.Length;
                    if (offset <= length)
                    {
                        return (lines.Lines[i].Line, lines.Lines[i].Column + offset);
                    }

                    offset -= length + 1;
                }

                return (block.Line, block.Column);
            }

            default:
                return (node.Line, node.Column);
        }
    }

    /// <summary>How many white-space characters the formula's text starts with (the converter reads it trimmed).</summary>
    private static int Leading(ReadOnlySpan<char> text) => text.Length - text.TrimStart().Length;
}
