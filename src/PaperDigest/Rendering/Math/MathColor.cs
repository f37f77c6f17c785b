using System.Collections.Frozen;

namespace PaperDigest.Rendering.Math;

/// <summary>
/// Colour arguments of <c>\color</c>, <c>\textcolor</c>, <c>\colorbox</c> and <c>\fcolorbox</c>: the named colours of
/// the xcolor tables Temml knows become classes (the site's CSP forbids inline styles); other colours (#rgb,
/// #rrggbb, rrggbb, a CSS colour name) become MathML Core's <c>mathcolor</c>/<c>mathbackground</c> attributes.
/// </summary>
internal static class MathColor
{
    /// <summary>xcolor's named colours: lower-case names from its table 4.1, capitalised dvipsnames from table 4.2.</summary>
    private const string Table = """
        Apricot #ffb484 Aquamarine #08b4bc Bittersweet #c84c14 blue #0000ff Blue #303494 BlueGreen #08b4bc
        BlueViolet #503c94 BrickRed #b8341c brown #bf8040 Brown #802404 BurntOrange #f8941c CadetBlue #78749c
        CarnationPink #f884b4 Cerulean #08a4e4 CornflowerBlue #40ace4 cyan #00ffff Cyan #08acec Dandelion #ffbc44
        darkgray #404040 DarkOrchid #a8548c Emerald #08ac9c ForestGreen #089c54 Fuchsia #90348c Goldenrod #ffdc44
        gray #808080 Gray #98949c green #00ff00 Green #08a44c GreenYellow #e0e474 JungleGreen #08ac9c
        Lavender #f89cc4 lightgray #c0c0c0 lime #bfff00 LimeGreen #90c43c magenta #ff00ff Magenta #f0048c
        Mahogany #b0341c Maroon #b03434 Melon #f89c7c MidnightBlue #086494 Mulberry #b03c94 NavyBlue #086cbc
        olive #7f7f00 OliveGreen #407c34 orange #ff8000 Orange #f8843c OrangeRed #f0145c Orchid #b074ac
        Peach #f8945c Periwinkle #8074bc PineGreen #088c74 pink #ff7f7f Plum #98248c ProcessBlue #08b4ec
        purple #bf0040 Purple #a0449c RawSienna #983c04 red #ff0000 Red #f01c24 RedOrange #f86434
        RedViolet #a0246c Rhodamine #f0549c RoyalBlue #0874bc RoyalPurple #683c9c RubineRed #f0047c Salmon #f8948c
        SeaGreen #30bc9c Sepia #701404 SkyBlue #48c4dc SpringGreen #c8dc64 Tan #e09c74 teal #007f7f
        TealBlue #08acb4 Thistle #d884b4 Turquoise #08b4cc violet #800080 Violet #60449c VioletRed #f054a4
        WildStrawberry #f0246c yellow #ffff00 Yellow #fff404 YellowGreen #98cc6c YellowOrange #ffa41c
        black #000000 white #ffffff
        """;

    /// <summary>Each named colour and its RGB value.</summary>
    public static FrozenDictionary<string, string> Named { get; } = Parse();

    /// <summary>The class for a named colour: <c>math-color-red</c>, and <c>math-color-dvips-brick-red</c> for BrickRed.</summary>
    public static string ClassOf(string name)
    {
        var kebab = new System.Text.StringBuilder();
        foreach (var c in name)
        {
            if (char.IsAsciiLetterUpper(c) && kebab.Length > 0)
            {
                kebab.Append('-');
            }

            kebab.Append(char.ToLowerInvariant(c));
        }

        return (char.IsAsciiLetterUpper(name[0]) ? "math-color-dvips-" : "math-color-") + kebab;
    }

    /// <summary>The class giving <c>\fcolorbox</c>'s frame a named colour: <c>math-frame-red</c>.</summary>
    public static string FrameClassOf(string name) => "math-frame-" + ClassOf(name)["math-color-".Length..];

    /// <summary><c>[rgb]{1,0.5,0}</c> (0 to 1) or <c>[RGB]{255,128,0}</c> as #rrggbb, or null if malformed.</summary>
    public static string? FromComponents(string spec, bool unit)
    {
        var parts = spec.Split(',');
        if (parts.Length != 3)
        {
            return null;
        }

        var hex = new System.Text.StringBuilder("#");
        foreach (var part in parts)
        {
            if (!double.TryParse(part.Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
                || value < 0 || value > (unit ? 1 : 255))
            {
                return null;
            }

            hex.Append(((int)System.Math.Round(unit ? value * 255 : value)).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    /// <summary>
    /// The colour as a value for <c>mathcolor</c>/<c>mathbackground</c> (#rrggbb or a CSS name), or null when
    /// <paramref name="spec"/> is not a colour (which is refused rather than written into an attribute).
    /// </summary>
    public static string? Value(string spec)
    {
        if (Named.TryGetValue(spec, out var rgb))
        {
            return rgb;
        }

        var hex = spec.StartsWith('#') ? spec[1..] : spec;
        if ((hex.Length == 6 || (hex.Length == 3 && spec.StartsWith('#'))) && hex.All(char.IsAsciiHexDigit))
        {
            return "#" + hex;
        }

        return spec.Length is > 0 and < 30 && spec.All(char.IsAsciiLetter) ? spec.ToLowerInvariant() : null;
    }

    private static FrozenDictionary<string, string> Parse()
    {
        var words = Table.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i += 2)
        {
            map[words[i]] = words[i + 1];
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
