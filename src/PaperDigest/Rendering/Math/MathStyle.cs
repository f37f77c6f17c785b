namespace PaperDigest.Rendering.Math;

/// <summary><c>\displaystyle</c> or <c>\textstyle</c> (also what <c>\dfrac</c> and <c>\tfrac</c> imply) over a body.</summary>
/// <param name="ScriptLevel">0, or 1 and 2 for <c>\scriptstyle</c> and <c>\scriptscriptstyle</c> (also smallmatrix).</param>
internal sealed record MathStyle(bool Display, MathNode Body, int ScriptLevel = 0) : MathNode;
