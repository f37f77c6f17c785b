namespace PaperDigest.Rendering.Math;

/// <summary><c>\sideset{_a^b}{_c^d}\sum</c>: scripts before and after a base, as <c>&lt;mmultiscripts&gt;</c>.</summary>
internal sealed record MathMultiscripts(MathNode Base, MathNode? PostSub, MathNode? PostSup, MathNode? PreSub, MathNode? PreSup) : MathNode;
