namespace PaperDigest.Rendering.Math;

/// <summary>A mark over or under a base: <c>\hat</c>, <c>\overline</c>, <c>\underbrace</c>, ...</summary>
/// <param name="IsBrace">A brace takes scripts as limits and is not an accent (it keeps its distance from the base).</param>
/// <param name="IsRule">A line as wide as the base, written as a CSS border rather than as the mark.</param>
internal sealed record MathAccent(MathNode Base, MathToken Mark, bool Under, bool IsBrace, bool IsRule) : MathNode;
