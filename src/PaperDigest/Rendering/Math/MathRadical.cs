namespace PaperDigest.Rendering.Math;

/// <summary><c>\sqrt{x}</c>, or <c>\sqrt[n]{x}</c> when there is an index.</summary>
internal sealed record MathRadical(MathNode Body, MathNode? Index) : MathNode;
