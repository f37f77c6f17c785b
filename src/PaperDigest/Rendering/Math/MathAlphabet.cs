using System.Text;

namespace PaperDigest.Rendering.Math;

/// <summary>
/// Maps letters and digits to the Mathematical Alphanumeric Symbols block (𝐱, ℝ, ℒ, 𝔤, ...): browsers implementing
/// MathML Core honour only mathvariant="normal", so the styled letters must be the characters themselves.
/// </summary>
internal static class MathAlphabet
{
    /// <summary>Greek in the order of the Unicode math Greek alphabets: capitals (ϴ in the gap), ∇, small letters, ∂ and variants.</summary>
    private const string Greek = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡϴΣΤΥΦΧΨΩ∇αβγδεζηθικλμνξοπρςστυφχψω∂ϵϑϰϕϱϖ";

    /// <summary>Letters that live in the Letterlike Symbols block instead of the holes of the math alphabets, in pairs.</summary>
    private const string ScriptExceptions = "BℬEℰFℱHℋIℐLℒMℳRℛeℯgℊoℴ";
    private const string FrakturExceptions = "CℭHℌIℑRℜZℨ";
    private const string DoubleStruckExceptions = "CℂHℍNℕPℙQℚRℝZℤ";

    /// <summary>Whether <paramref name="text"/> is one Latin or Greek letter that a math font can restyle.</summary>
    public static bool IsLetter(string text) =>
        text.Length == 1 && (char.IsAsciiLetter(text[0]) || Greek.Contains(text[0], StringComparison.Ordinal));

    /// <summary>One letter (see <see cref="IsLetter"/>) in <paramref name="font"/>, with the mathvariant to write, if any.</summary>
    public static (string Text, string? Variant) Letter(string letter, MathFont font)
    {
        var c = letter[0];
        var latin = c is >= 'A' and <= 'Z' ? c - 'A' : c is >= 'a' and <= 'z' ? c - 'a' + 26 : -1;
        var greek = latin < 0 ? Greek.IndexOf(c, StringComparison.Ordinal) : -1;

        // TeX sets capital Greek and ∇ upright; MathML would italicise any single-letter <mi>.
        var upright = greek is >= 0 and <= 25;
        return font switch
        {
            MathFont.Roman => (letter, "normal"),
            MathFont.Bold => (latin >= 0 ? At(0x1D400, latin) : At(0x1D6A8, greek), "bold"),
            MathFont.BoldItalic => (latin >= 0 ? At(0x1D468, latin) : At(upright ? 0x1D6A8 : 0x1D71C, greek), "bold-italic"),
            MathFont.DoubleStruck when latin >= 0 => (Exception(DoubleStruckExceptions, c) ?? At(0x1D538, latin), null),
            MathFont.Script when latin >= 0 => (Exception(ScriptExceptions, c) ?? At(0x1D49C, latin), null),
            MathFont.Fraktur when latin >= 0 => (Exception(FrakturExceptions, c) ?? At(0x1D504, latin), null),
            MathFont.SansSerif when latin >= 0 => (At(0x1D5A0, latin), null),
            MathFont.SansSerifItalic when latin >= 0 => (At(0x1D608, latin), null),
            MathFont.Monospace when latin >= 0 => (At(0x1D670, latin), null),
            _ => (letter, upright ? "normal" : null),
        };
    }

    /// <summary>A number in <paramref name="font"/>: only bold, double-struck, sans-serif and monospace have their own digits.</summary>
    public static (string Text, string? Variant) Number(string digits, MathFont font)
    {
        var start = font switch
        {
            MathFont.Bold or MathFont.BoldItalic => 0x1D7CE,
            MathFont.DoubleStruck => 0x1D7D8,
            MathFont.SansSerif => 0x1D7E2,
            MathFont.Monospace => 0x1D7F6,
            _ => 0,
        };
        if (start == 0)
        {
            return (digits, null);
        }

        var text = new StringBuilder();
        foreach (var c in digits)
        {
            text.Append(char.IsAsciiDigit(c) ? At(start, c - '0') : c.ToString());
        }

        return (text.ToString(), start == 0x1D7CE ? "bold" : null);
    }

    /// <summary>Small capitals for a to z; x has none, as in Temml.</summary>
    private const string SmallCaps = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ";

    /// <summary>
    /// Text of <c>\textbf</c>, <c>\textit</c>, <c>\textsf</c>, <c>\texttt</c> or <c>\textsc</c> (a variant name) as the
    /// styled Unicode letters and digits, since MathML Core's mtext has no mathvariant; other characters stay as they are.
    /// </summary>
    public static string Text(string text, string variant)
    {
        if (variant.Length == 0 || text.Length != 1 || !char.IsAsciiLetterOrDigit(text[0]))
        {
            return text;
        }

        var c = text[0];
        var latin = c is >= 'A' and <= 'Z' ? c - 'A' : c is >= 'a' and <= 'z' ? c - 'a' + 26 : -1;
        var digit = char.IsAsciiDigit(c) ? c - '0' : -1;
        return variant switch
        {
            "bold" => latin >= 0 ? At(0x1D400, latin) : At(0x1D7CE, digit),
            "italic" when c == 'h' => "ℎ",
            "italic" when latin >= 0 => At(0x1D434, latin),
            "bold-italic" when latin >= 0 => At(0x1D468, latin),
            "bold-italic" => At(0x1D7CE, digit),
            "sans-serif" => latin >= 0 ? At(0x1D5A0, latin) : At(0x1D7E2, digit),
            "monospace" => latin >= 0 ? At(0x1D670, latin) : At(0x1D7F6, digit),
            "small-caps" when c is >= 'a' and <= 'z' => SmallCaps[c - 'a'].ToString(),
            _ => text,
        };
    }

    /// <summary>The style of a text command nested in another: bold inside italic is bold italic.</summary>
    public static string Combine(string outer, string inner) => (outer, inner) switch
    {
        (_, "") => "",
        ("bold", "italic") or ("italic", "bold") => "bold-italic",
        _ => inner,
    };

    private static string At(int start, int offset) => char.ConvertFromUtf32(start + offset);

    private static string? Exception(string pairs, char c)
    {
        for (var i = 0; i < pairs.Length; i += 2)
        {
            if (pairs[i] == c)
            {
                return pairs[i + 1].ToString();
            }
        }

        return null;
    }
}
