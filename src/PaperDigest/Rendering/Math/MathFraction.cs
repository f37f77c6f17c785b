namespace PaperDigest.Rendering.Math;

/// <summary><c>\frac</c>, or the rule-less fraction inside <c>\binom</c>.</summary>
internal sealed record MathFraction(MathNode Numerator, MathNode Denominator, bool WithoutRule) : MathNode;
