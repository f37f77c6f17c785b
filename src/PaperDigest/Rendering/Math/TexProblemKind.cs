namespace PaperDigest.Rendering.Math;

/// <summary>What kind of problem kept a formula from being converted; it decides the diagnostic code.</summary>
internal enum TexProblemKind
{
    /// <summary>A command the converter does not know (<c>\frobnicate</c>); the problem's name is the command.</summary>
    UnknownCommand,

    /// <summary>An environment the converter does not know (<c>\begin{weird}</c>); the problem's name is the environment.</summary>
    UnknownEnvironment,

    /// <summary>Known TeX the converter does not take there: a character, a column type, a command inside <c>\ce</c>.</summary>
    Unsupported,

    /// <summary>A formula written wrongly: a missing or malformed argument, unbalanced braces, a colour or length that is not one.</summary>
    Malformed,

    /// <summary>A macro the formula defines that expands without end; the problem's name is the macro.</summary>
    RunawayMacro,

    /// <summary>A formula longer than <see cref="TexToMathML.MaxLength"/>, shown as TeX without being read.</summary>
    TooLong,
}
