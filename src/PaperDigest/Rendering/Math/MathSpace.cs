namespace PaperDigest.Rendering.Math;

/// <summary>Explicit horizontal space such as <c>\,</c> or <c>\quad</c>; the width is a CSS length.</summary>
internal sealed record MathSpace(string Width) : MathNode;
