using System.Text;
using System.Xml.Linq;

namespace PaperDigest.Tests.MathML;

/// <summary>
/// The normal form two MathML renderings of one formula are compared in: what a reader sees (layout elements and
/// token text), not how each converter spells it. The rules, documented in docs/math.md:
/// <list type="bullet">
/// <item>the namespace, <c>&lt;semantics&gt;</c> and annotations go; so do all attributes but a zero
/// <c>linethickness</c> (spacing, stretchiness, classes and inline styles are presentation);</item>
/// <item><c>mrow</c>, <c>mstyle</c>, <c>mpadded</c> and <c>menclose</c> are replaced by their children (grouping, style,
/// padding and Temml's enclosure markup), and <c>mspace</c> and the invisible operators U+2061 to U+2064 are dropped;</item>
/// <item>a superscript made only of primes is the primes after the base (x′), as PaperDigest writes it;</item>
/// <item>a token is its element and its text: in Unicode's composed form (NFC), any space as a plain space, trimmed,
/// variation selectors dropped, ″ and ‴ as two and three ′, and the glyph variants of one mark as one (^ ˆ and
/// U+0302; ¯ and ‾; ∣ and |); mi and mo count as one for a single character that is neither letter nor digit (Temml
/// writes some bars and dots as mi); an empty mtext (Temml's spaces and empty tag cells) is dropped;</item>
/// <item>adjacent mtext are joined; an argument of a layout element that normalises to nothing is dropped.</item>
/// </list>
/// </summary>
internal static class MathMLNormalForm
{
    private static readonly HashSet<string> Transparent = ["math", "mrow", "mstyle", "mpadded", "menclose", "semantics"];

    /// <summary>The normal form as an indented text, one node a line, for comparing and for readable failures.</summary>
    public static string Of(string mathml)
    {
        var root = XElement.Parse(mathml);
        var nodes = Normalise(root);
        var text = new StringBuilder();
        foreach (var node in nodes)
        {
            node.Write(text, 0);
        }

        return text.ToString();
    }

    private static List<Node> Normalise(XElement element)
    {
        var name = element.Name.LocalName;
        if (name is "annotation" or "annotation-xml" or "mspace")
        {
            return [];
        }

        if (Transparent.Contains(name))
        {
            return Children(element);
        }

        if (name is "mi" or "mn" or "mo" or "mtext" or "ms")
        {
            var text = TokenText(element.Value);
            if (text is "\u2061" or "\u2062" or "\u2063" or "\u2064" || text.Length == 0)
            {
                return [];
            }

            if (text.Length > 1 && text.All(c => c == '′'))
            {
                return [.. text.Select(_ => new Node("mo", "′", []))];
            }

            var kind = name == "mi" && IsSymbolCharacter(text) ? "mo" : name;
            return [new Node(kind, text, [])];
        }

        // An argument that normalises to nothing (an empty mrow, a space) is dropped on both sides alike.
        var children = element.Elements().Select(child => new Node("arg", null, Normalise(child))).Where(arg => arg.Children.Count > 0).ToList();
        if (name == "msup" && children.Count == 2 && IsPrimes(children[1]))
        {
            return [.. children[0].Children, .. children[1].Children];
        }

        var label = name == "mfrac" && element.Attribute("linethickness")?.Value is "0" or "0px" or "0em" or "0pt" ? "mfrac linethickness=0" : name;
        return [new Node(label, null, children)];
    }

    private static List<Node> Children(XElement element)
    {
        var result = new List<Node>();
        foreach (var child in element.Elements())
        {
            foreach (var node in Normalise(child))
            {
                if (node.Name == "mtext" && result.Count > 0 && result[^1].Name == "mtext")
                {
                    result[^1] = result[^1] with { Text = result[^1].Text + node.Text };
                }
                else
                {
                    result.Add(node);
                }
            }
        }

        return result;
    }

    private static string TokenText(string value)
    {
        var text = new StringBuilder();
        foreach (var c in value.Normalize(NormalizationForm.FormC))
        {
            _ = c switch
            {
                '\uFE0E' or '\uFE0F' => text,
                '″' => text.Append("′′"),
                '‴' => text.Append("′′′"),
                '^' or '\u0302' => text.Append('ˆ'),
                '¯' => text.Append('‾'),
                '∣' => text.Append('|'),
                _ when char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator => text.Append(' '),
                _ => text.Append(c),
            };
        }

        return text.ToString().Trim();
    }

    private static bool IsPrimes(Node script) =>
        script.Children.Count > 0 && script.Children.All(child => child.Text is { Length: > 0 } text && text.All(c => c is '′' or '″' or '‴'));

    private static bool IsSymbolCharacter(string text) =>
        text.Length == 1 && !char.IsLetterOrDigit(text[0]);

    private sealed record Node(string Name, string? Text, List<Node> Children)
    {
        public void Write(StringBuilder text, int indent)
        {
            text.Append(' ', indent * 2).Append(Name);
            if (Text is not null)
            {
                text.Append(" \"").Append(Text).Append('"');
            }

            text.Append('\n');
            foreach (var child in Children)
            {
                child.Write(text, indent + 1);
            }
        }
    }
}
