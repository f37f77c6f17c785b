namespace PaperDigest.Rendering.Math;

/// <summary>Why a formula could not be converted, as the parser found it.</summary>
/// <param name="Kind">What kind of problem it is.</param>
/// <param name="Message">What is wrong, in words ("unsupported command \foo").</param>
/// <param name="Position">The character offset in the (trimmed) formula where it is, 0-based.</param>
/// <param name="Name">The unknown command (without backslash) or environment, or the runaway macro; null for other kinds.</param>
internal sealed record TexProblem(TexProblemKind Kind, string Message, int Position, string? Name = null)
{
    /// <summary>The message with where it is: "unsupported command \foo (at character 5)".</summary>
    public string Text => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Message} (at character {Position + 1})");

    /// <summary>The diagnostic code a write-up's formula with this problem is reported under.</summary>
    public string Code => Kind switch
    {
        TexProblemKind.Malformed => Diagnostics.DiagnosticCodes.MathMalformed,
        TexProblemKind.RunawayMacro => Diagnostics.DiagnosticCodes.MathMacroRunaway,
        _ => Diagnostics.DiagnosticCodes.MathNotConverted,
    };
}
