namespace PaperDigest.Rendering.Math;

/// <summary><c>\displaystyle</c> or <c>\textstyle</c> (also what <c>\dfrac</c> and <c>\tfrac</c> imply) over a body.</summary>
internal sealed record MathStyle(bool Display, MathNode Body) : MathNode;
