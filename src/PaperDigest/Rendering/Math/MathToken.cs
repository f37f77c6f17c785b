namespace PaperDigest.Rendering.Math;

/// <summary>A MathML token element: an identifier, number, operator or text.</summary>
internal sealed record MathToken(MathTokenKind Kind, string Text, AtomClass Class) : MathNode
{
    /// <summary>The <c>mathvariant</c> attribute, e.g. "normal" to keep a single letter upright.</summary>
    public string? Variant { get; init; }

    public bool? Stretchy { get; init; }

    public bool Fence { get; init; }

    public string? LeftSpace { get; init; }

    public string? RightSpace { get; init; }

    /// <summary>Both <c>minsize</c> and <c>maxsize</c>, for <c>\big(</c> and its kin.</summary>
    public string? Size { get; init; }

    /// <summary>A named function such as log: followed by an invisible function application and TeX's thin spaces.</summary>
    public bool IsFunction { get; init; }

    /// <summary>Takes its scripts above and below in display style (∑, lim), rather than at the side (∫).</summary>
    public bool Limits { get; init; }
}
