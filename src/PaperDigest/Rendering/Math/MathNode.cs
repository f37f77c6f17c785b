namespace PaperDigest.Rendering.Math;

/// <summary>A node of the tiny immutable tree the parser builds and <see cref="MathWriter"/> writes as MathML.</summary>
internal abstract record MathNode;
