using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using PaperDigest.Diagnostics;

namespace PaperDigest.Rendering.Math;

/// <summary>
/// Warns about each formula of a rendered write-up that is shown as its TeX because it could not be converted, at the
/// formula's place, naming why (the unknown command or environment, and where in the formula). Looked for only when
/// the HTML holds a fallback, so write-ups whose math all converts cost nothing.
/// </summary>
internal static class MathNotConverted
{
    /// <summary>The class of the fallback element <see cref="TexToMathML.Fallback"/> writes.</summary>
    public const string Marker = "class=\"math-tex\"";

    public static void Note(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            var (tex, display) = node switch
            {
                MathInline inline => (inline.Content.ToString(), inline.DelimiterCount > 1),
                MathBlock block => (block.Lines.ToString(), true),
                _ => (null, false),
            };
            if (tex is null || !MathMLExtension.IsShownAsTex(node))
            {
                continue;
            }

            var source = tex.Trim();
            var why = source.Length > TexToMathML.MaxLength
                ? $"it is longer than {TexToMathML.MaxLength:N0} characters"
                : TexParser.Parse(source, display).Error ?? "it could not be converted";
            // An unknown command or environment is PD0140, also inside \ce (whose reason names the formula first:
            // "\ce{…}: unsupported command \x"); a formula written wrongly (braces, arguments) is PD0141; a macro the
            // formula defines that expands without end is PD0142.
            var code = why.StartsWith("unsupported", StringComparison.Ordinal) || why.Contains(": unsupported ", StringComparison.Ordinal)
                || why.StartsWith("it is longer", StringComparison.Ordinal)
                ? DiagnosticCodes.MathNotConverted
                : why.StartsWith("macro ", StringComparison.Ordinal) ? DiagnosticCodes.MathMacroRunaway : DiagnosticCodes.MathMalformed;
            MarkdownWarning.Add(document, new MarkdownWarning(node.Line, node.Column, code, $"the formula is shown as TeX, not as math: {why}"));
        }
    }
}
