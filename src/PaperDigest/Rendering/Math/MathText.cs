using System.Collections.Frozen;
using System.Text;

namespace PaperDigest.Rendering.Math;

/// <summary>
/// A formula as readable plain text, for places that show no MathML: summaries on cards, in feeds and in meta
/// descriptions, and the plain-text e-mail. Letters and symbols are the Unicode characters the MathML would show
/// (α, ℝ, ≤, ∑); scripts are superscript and subscript characters where Unicode has them all (x², aᵢ) and <c>^(…)</c>
/// otherwise; a fraction is <c>a/b</c>, a root <c>√x</c>. A formula the converter cannot parse stays as its TeX.
/// </summary>
internal static class MathText
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁱⁿ";
    private const string SuperscriptSources = "0123456789+-−=()in";
    private const string Subscripts = "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼᵣᵤᵥ";
    private const string SubscriptSources = "0123456789+-−=()aeoxhklmnpstijruv";

    /// <summary>Combining marks for accents over a single character.</summary>
    private static readonly FrozenDictionary<string, char> CombiningMarks = new Dictionary<string, char>(StringComparer.Ordinal)
    {
        ["^"] = '\u0302', ["ˆ"] = '\u0302', ["~"] = '\u0303', ["˜"] = '\u0303', ["¯"] = '\u0304', ["‾"] = '\u0305',
        ["˙"] = '\u0307', ["¨"] = '\u0308', ["ˇ"] = '\u030C', ["˘"] = '\u0306', ["→"] = '\u20D7', ["´"] = '\u0301',
        ["`"] = '\u0300', ["_"] = '\u0332',
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The formula <paramref name="tex"/> as plain text.</summary>
    public static string Of(string tex)
    {
        var source = tex.Trim();
        if (source.Length > TexToMathML.MaxLength)
        {
            return source;
        }

        var parsed = TexParser.Parse(source, displayMode: false);
        if (parsed.Root is null)
        {
            return source;
        }

        var text = new StringBuilder();
        Write(parsed.Root, text);
        return Squeeze(text);
    }

    private static void Write(MathNode node, StringBuilder text)
    {
        switch (node)
        {
            case MathToken token:
                if (token.IsFunction && text.Length > 0 && char.IsLetterOrDigit(text[^1]))
                {
                    text.Append(' ');
                }

                var spaced = token.Kind == MathTokenKind.Operator && token.Class is AtomClass.Bin or AtomClass.Rel;
                text.Append(spaced ? " " : "").Append(token.Text).Append(spaced ? " " : "");
                if (token.Kind == MathTokenKind.Operator && token.Class == AtomClass.Punct)
                {
                    text.Append(' ');
                }

                if (token.IsFunction)
                {
                    text.Append(' ');
                }

                break;
            case MathRow row:
                foreach (var item in row.Items)
                {
                    Write(item, text);
                }

                break;
            case MathStyle style:
                Write(style.Body, text);
                break;
            case MathWrap { Element: "mphantom" }:
                break;
            case MathWrap wrap:
                Write(wrap.Body, text);
                break;
            case MathMultiscripts multiscripts:
                Write(new MathScripts(MathRow.Empty, multiscripts.PreSub, multiscripts.PreSup, Limits: false), text);
                Write(new MathScripts(multiscripts.Base, multiscripts.PostSub, multiscripts.PostSup, Limits: false), text);
                break;
            case MathSpace space:
                if (!space.Width.StartsWith('-') && space.Width is not ("0" or "0em"))
                {
                    text.Append(' ');
                }

                break;
            case MathScripts scripts:
                Write(scripts.Base, text);
                if (scripts.Sub is not null)
                {
                    Script(scripts.Sub, text, Subscripts, SubscriptSources, "_");
                }

                if (scripts.Sup is not null)
                {
                    Script(scripts.Sup, text, Superscripts, SuperscriptSources, "^");
                }

                break;
            case Chemistry.MathPrescripts prescripts:
                // An isotope: ¹⁴₆C.
                if (prescripts.Sup is not null)
                {
                    Script(prescripts.Sup, text, Superscripts, SuperscriptSources, "^");
                }

                if (prescripts.Sub is not null)
                {
                    Script(prescripts.Sub, text, Subscripts, SubscriptSources, "_");
                }

                Write(prescripts.Base, text);
                break;
            case MathFraction fraction when fraction.WithoutRule:
                // \binom's fences come from the row around it.
                text.Append(Grouped(fraction.Numerator)).Append(", ").Append(Grouped(fraction.Denominator));
                break;
            case MathFraction fraction:
                text.Append(Operand(fraction.Numerator)).Append('/').Append(Operand(fraction.Denominator));
                break;
            case MathRadical radical:
                var index = radical.Index is null ? "" : Grouped(radical.Index);
                text.Append(index switch { "" or "2" => "√", "3" => "∛", "4" => "∜", _ => Raised(index) ?? $"({index})" + "√" });
                text.Append(Operand(radical.Body));
                break;
            case MathAccent accent:
                var body = Grouped(accent.Base);
                text.Append(body);
                if (!accent.IsBrace && System.Globalization.StringInfo.ParseCombiningCharacters(body).Length == 1
                    && CombiningMarks.TryGetValue(accent.Mark.Text, out var mark))
                {
                    text.Append(mark);
                }

                break;
            case MathTable table:
                // A grid reads row by row: cells apart, rows separated by semicolons, as matrices are typed.
                for (var r = 0; r < table.Rows.Count; r++)
                {
                    if (r > 0)
                    {
                        text.Append("; ");
                    }

                    for (var c = 0; c < table.Rows[r].Count; c++)
                    {
                        var cell = Grouped(table.Rows[r][c]);
                        if (cell.Length > 0)
                        {
                            text.Append(c > 0 ? " " : "").Append(cell);
                        }
                    }
                }

                break;
        }
    }

    /// <summary>A script as raised or lowered characters when every character has one, else <c>^x</c> or <c>^(x+1)</c>.</summary>
    private static void Script(MathNode script, StringBuilder text, string shifted, string sources, string mark)
    {
        var plain = Grouped(script);
        if (plain.All(c => c is '′' or '″' or '‴'))
        {
            text.Append(plain);
            return;
        }

        // Raised characters need no spaces: 10^{-3} is 10⁻³, not 10⁻ ³.
        var converted = Shift(plain.Replace(" ", "", StringComparison.Ordinal), shifted, sources);
        text.Append(converted ?? mark + (plain.Length == 1 ? plain : $"({plain})"));
    }

    private static string? Raised(string text) => Shift(text, Superscripts, SuperscriptSources);

    private static string? Shift(string text, string shifted, string sources)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var at = sources.IndexOf(c, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }

            result.Append(shifted[at]);
        }

        return result.Length == 0 ? null : result.ToString();
    }

    private static string Grouped(MathNode node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return Squeeze(text);
    }

    /// <summary>An operand of <c>/</c> or <c>√</c>: in parentheses when it is more than one symbol.</summary>
    private static string Operand(MathNode node)
    {
        var text = Grouped(node);
        var simple = System.Globalization.StringInfo.ParseCombiningCharacters(text).Length <= 1
            || text.All(char.IsAsciiDigit)
            || text.All(char.IsAsciiLetter)
            || (text.StartsWith('(') && text.EndsWith(')') && text.IndexOf(')', StringComparison.Ordinal) == text.Length - 1);
        return simple ? text : $"({text})";
    }

    /// <summary>Single spaces, none at either end or inside brackets' edges.</summary>
    private static string Squeeze(StringBuilder text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text.ToString())
        {
            if (c == ' ' && (result.Length == 0 || result[^1] is ' ' or '(' or '[' or '{'))
            {
                continue;
            }

            if (c is ')' or ']' or '}' or ',' && result.Length > 0 && result[^1] == ' ')
            {
                result.Length--;
            }

            result.Append(c);
        }

        // Accents combine with their letters where Unicode has the letter precomposed (ŷ, not y and a loose mark).
        return result.ToString().TrimEnd().Normalize(NormalizationForm.FormC);
    }
}
