using System.Globalization;
using System.Text;

namespace PaperDigest.Scaffolding;

/// <summary>
/// Writes YAML scalars the way the sample entries do: plain where that is unambiguous, double-quoted
/// (with <c>\"</c>, <c>\\</c> and <c>\uXXXX</c> escapes) everywhere else.
/// </summary>
internal static class YamlScalar
{
    /// <summary>Plain scalars YAML would read as null or a boolean, whatever the case.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n",
    };

    /// <summary>Always double-quoted.</summary>
    public static string Quoted(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                // YAML reads NEL, LS and PS as line breaks, and a BOM inside a document is not allowed.
                case '\u0085' or '\u2028' or '\u2029' or '\uFEFF':
                case var _ when char.IsControl(c):
                    builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>An item of a flow list (<c>[a, b]</c>): plain when it is words of letters, digits, '.' and '-'.</summary>
    public static string FlowItem(string text)
    {
        var plain = text.Length > 0
            && char.IsLetter(text[0])
            && !char.IsWhiteSpace(text[^1])
            && !Reserved.Contains(text)
            && text.All(c => char.IsLetterOrDigit(c) || c is ' ' or '.' or '-'
                || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            && !text.Contains("  ", StringComparison.Ordinal);
        return plain ? text : Quoted(text);
    }

    /// <summary>A value after <c>key: </c>: plain for ASCII identifiers and URLs without YAML indicators.</summary>
    public static string BlockValue(string text)
    {
        var plain = text.Length > 0
            && char.IsAsciiLetterOrDigit(text[0])
            && !Reserved.Contains(text)
            && text.All(c => c is > ' ' and < '\u007F' and not ('"' or '\'' or '\\' or '#' or ',' or '[' or ']' or '{' or '}' or '`'))
            && !text.EndsWith(':');
        return plain ? text : Quoted(text);
    }
}
