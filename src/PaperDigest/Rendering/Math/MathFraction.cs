namespace PaperDigest.Rendering.Math;

/// <summary><c>\frac</c>, or the rule-less fraction inside <c>\binom</c>.</summary>
internal sealed record MathFraction(MathNode Numerator, MathNode Denominator, bool WithoutRule) : MathNode
{
    /// <summary>An explicit rule thickness (<c>\genfrac</c>, <c>\above</c>) as a CSS length, or null for the default.</summary>
    public string? LineThickness { get; init; }
}
