namespace PaperDigest.Rendering.Math;

/// <summary>A parsed formula, or why it could not be parsed (then <see cref="Root"/> is null).</summary>
internal sealed record TexParseResult(MathNode? Root, TexProblem? Problem)
{
    /// <summary>The problem as text with its position, or null when the formula parsed.</summary>
    public string? Error => Problem?.Text;
}
