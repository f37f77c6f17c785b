using System.Collections.Frozen;

namespace PaperDigest.Rendering.Math.Chemistry;

/// <summary>
/// Reaction arrows: a stretchy arrow with the text above and below it, at least as wide as mhchem's minimum, with a
/// thick space either side, in the structure Temml writes for its extensible arrows.
/// </summary>
internal static class MhchemArrows
{
    private const string Gap = "0.2778em";

    /// <summary>Padding either side of the text over or under the arrow, and the arrow's least width (in script size).</summary>
    private const string TextPadding = "0.4286em";
    private const string MinimumUnderText = "4em";
    private const string MinimumBare = "2.8571em";

    private static readonly FrozenDictionary<string, string> Glyphs = new Dictionary<string, string>
    {
        ["->"] = "→",
        ["\u2192"] = "→",
        ["\u27F6"] = "→",
        ["<-"] = "←",
        ["<->"] = "↔",
        ["<-->"] = "⇄",
        ["<=>"] = "⇌",
        ["\u21CC"] = "⇌",

        // Temml draws these two as a long and a short harpoon offset with mpadded; one equilibrium arrow reads the same.
        ["<=>>"] = "⇌",
        ["<<=>"] = "⇌",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static MathRow Of(string kind, List<MathNode> above, List<MathNode> below)
    {
        if (!Glyphs.TryGetValue(kind, out var glyph))
        {
            throw new MhchemException($"unknown arrow {kind}");
        }

        var arrow = new MathToken(MathTokenKind.Operator, glyph, AtomClass.Rel) { Stretchy = true, LeftSpace = "0", RightSpace = "0" };
        var over = above.Count > 0 ? Padded(above, under: false) : null;
        var under = below.Count > 0 ? Padded(below, under: true) : null;
        MathNode scripts = (over, under) switch
        {
            (null, null) => new MathScripts(arrow, null, new MathSpace(MinimumBare), Limits: true),
            _ => new MathScripts(arrow, under, over, Limits: true),
        };
        return new MathRow([new MathSpace(Gap), scripts, new MathSpace(Gap)]) { Class = AtomClass.Rel };
    }

    /// <summary>The text with padding, over a minimum width the arrow stretches to.</summary>
    private static MathScripts Padded(List<MathNode> text, bool under)
    {
        var row = new MathRow([new MathSpace(TextPadding), text.Count == 1 ? text[0] : new MathRow(text), new MathSpace(TextPadding)]);
        var minimum = new MathSpace(MinimumUnderText);
        return under ? new MathScripts(row, minimum, null, Limits: true) : new MathScripts(row, null, minimum, Limits: true);
    }
}
