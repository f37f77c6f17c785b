using System.Collections.Frozen;

namespace PaperDigest.Rendering.Math.Chemistry;

/// <summary>
/// Bonds between atoms (<c>-</c>, <c>=</c>, <c>#</c>, <c>\bond{...}</c>): operators without spacing, as mhchem's
/// <c>{-}</c> is an ordinary symbol. The dashed bonds are drawn with a triple-dash glyph rather than Temml's rules.
/// </summary>
internal static class MhchemBonds
{
    private const string Dashes = "\u2504";

    private static readonly FrozenDictionary<string, string> Single = new Dictionary<string, string>
    {
        ["-"] = "−",
        ["1"] = "−",
        ["="] = "=",
        ["2"] = "=",
        ["#"] = "≡",
        ["3"] = "≡",
        ["~"] = Dashes,
        ["->"] = "→",
        ["<-"] = "←",
        ["<"] = "<",
        [">"] = ">",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static MathNode Of(string kind)
    {
        if (Single.TryGetValue(kind, out var glyph))
        {
            return Bond(glyph);
        }

        return kind switch
        {
            "..." => new MathRow([Dot(), Dot(), Dot()]),
            "...." => new MathRow([Dot(), Dot(), Dot(), Dot()]),
            "~-" => new MathScripts(Bond("−"), null, Bond(Dashes), Limits: true),
            "~=" or "~--" => new MathScripts(Bond("="), null, Bond(Dashes), Limits: true),
            "-~-" => new MathScripts(Bond(Dashes), Bond("−"), Bond("−"), Limits: true),
            _ => throw new MhchemException($"unknown bond {kind}"),
        };
    }

    private static MathToken Bond(string glyph) =>
        new(MathTokenKind.Operator, glyph, AtomClass.Ord) { LeftSpace = "0em", RightSpace = "0em" };

    private static MathToken Dot() => Bond("⋅");
}
