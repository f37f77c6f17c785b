using System.Text;

namespace PaperDigest.Rendering.Math;

/// <summary>
/// Converts the TeX of a write-up's <c>$...$</c> and <c>$$...$$</c> to MathML at build time, so pages need no script
/// to show formulas. What it cannot convert is shown as the TeX itself, never as broken markup.
/// </summary>
internal static class TexToMathML
{
    /// <summary>Longer formulas are shown as TeX without being parsed.</summary>
    internal const int MaxLength = 5000;

    /// <summary>
    /// Converts one formula. <paramref name="displayMode"/> is true for <c>$$...$$</c>. Never throws: malformed or
    /// unsupported input yields the readable fallback, <c>&lt;code class="math-tex"&gt;</c> holding the escaped TeX.
    /// Output is a complete HTML fragment (a <c>&lt;math&gt;</c> element or the fallback) with every text node and
    /// attribute HTML-escaped.
    /// </summary>
    public static string Convert(string tex, bool displayMode) => Explained(tex, displayMode, out _);

    /// <inheritdoc cref="Convert(string, bool)"/>
    /// <param name="shownAsTex">True when the formula could not be converted and the fallback shows its TeX.</param>
    internal static string Convert(string tex, bool displayMode, out bool shownAsTex)
    {
        var html = Explained(tex, displayMode, out var problem);
        shownAsTex = problem is not null;
        return html;
    }

    /// <inheritdoc cref="Convert(string, bool)"/>
    /// <param name="problem">Why the formula is shown as its TeX, or null when it converted.</param>
    internal static string Explained(string tex, bool displayMode, out TexProblem? problem)
    {
        var source = (tex ?? "").Trim();
        if (source.Length > MaxLength)
        {
            problem = new TexProblem(TexProblemKind.TooLong, $"it is longer than {MaxLength:N0} characters", MaxLength);
            return Fallback(source);
        }

        var parsed = TexParser.Parse(source, displayMode);
        problem = parsed.Problem;
        return parsed.Root is null ? Fallback(source) : MathWriter.Write(parsed.Root, source, displayMode);
    }

    internal static string Fallback(string tex)
    {
        var html = new StringBuilder("<code class=\"math-tex\">");
        HtmlText.Escape(html, tex);
        return html.Append("</code>").ToString();
    }
}
