namespace PaperDigest.Rendering.Math;

/// <summary>What a <see cref="TexToken"/> is, in TeX's own categories.</summary>
internal enum TexTokenKind
{
    /// <summary>A control sequence; its text is the name without the backslash ("frac", ",").</summary>
    Command,

    /// <summary>One character: a letter, digit or symbol (a surrogate pair counts as one).</summary>
    Character,

    /// <summary>A run of white space, kept only because <c>\text{...}</c> needs it.</summary>
    Space,

    BeginGroup,
    EndGroup,
    Superscript,
    Subscript,
    AlignmentTab,

    /// <summary><c>~</c>, a non-breaking space.</summary>
    Active,

    /// <summary><c>\verb|...|</c>: its text is what stands between the delimiters, read as is (a visible ␣ for each space of <c>\verb*</c>).</summary>
    Verbatim,

    /// <summary>The end of the formula; always the last token.</summary>
    End,
}
