namespace PaperDigest.Rendering.Math;

/// <summary>One token of a formula and the character offset where it starts.</summary>
internal readonly record struct TexToken(TexTokenKind Kind, string Text, int Position);
