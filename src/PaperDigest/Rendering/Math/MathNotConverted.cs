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
                MarkdownWarning.Add(document, new MarkdownWarning(node.Line, node.Column, problem.Code, $"the formula is shown as TeX, not as math: {why}"));
            }
        }
    }
}
