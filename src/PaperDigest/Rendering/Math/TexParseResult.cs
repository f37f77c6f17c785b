namespace PaperDigest.Rendering.Math;

/// <summary>A parsed formula, or why it could not be parsed (then <see cref="Root"/> is null).</summary>
internal sealed record TexParseResult(MathNode? Root, string? Error);
