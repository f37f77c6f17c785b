namespace PaperDigest.Rendering.Math;

/// <summary>
/// A body inside one presentation element that only decorates it: a class (<c>\cancel</c>, <c>\boxed</c>, colour), a
/// phantom, or <c>mpadded</c>/<c>mstyle</c> attributes. <paramref name="Attributes"/> is written as is, so it is built
/// only from constants and escaped values.
/// </summary>
/// <remarks>It keeps the spacing class of its body: a coloured relation is still a relation.</remarks>
internal sealed record MathWrap(string Element, string Attributes, MathNode Body) : MathNode;
