namespace PaperDigest.Rendering.Math;

/// <summary>The MathML token element a <see cref="MathToken"/> becomes.</summary>
internal enum MathTokenKind
{
    /// <summary><c>&lt;mi&gt;</c></summary>
    Identifier,

    /// <summary><c>&lt;mn&gt;</c></summary>
    Number,

    /// <summary><c>&lt;mo&gt;</c></summary>
    Operator,

    /// <summary><c>&lt;mtext&gt;</c></summary>
    Text,
}
