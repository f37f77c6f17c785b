namespace PaperDigest.Rendering.Math;

/// <summary>TeX's atom classes, which decide the spacing MathML does not infer on its own (around named functions).</summary>
internal enum AtomClass
{
    Ord,
    Op,
    Bin,
    Rel,
    Open,
    Close,
    Punct,
    Inner,

    /// <summary>Explicit spacing: nothing is added next to it.</summary>
    None,
}
