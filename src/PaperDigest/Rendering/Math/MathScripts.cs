namespace PaperDigest.Rendering.Math;

/// <summary>A base with a subscript, a superscript or both; <paramref name="Limits"/> puts them below and above.</summary>
internal sealed record MathScripts(MathNode Base, MathNode? Sub, MathNode? Sup, bool Limits) : MathNode;
