namespace PaperDigest.Rendering.Math;

/// <summary>A horizontal list: a braced group, a <c>\left...\right</c> pair with its fences, or a whole formula.</summary>
internal sealed record MathRow(IReadOnlyList<MathNode> Items) : MathNode
{
    public static MathRow Empty { get; } = new([]);

    public AtomClass Class { get; init; } = AtomClass.Ord;

    /// <summary>For a <c>\mathop{...}</c> group: scripts go above and below in display style.</summary>
    public bool Limits { get; init; }
}
