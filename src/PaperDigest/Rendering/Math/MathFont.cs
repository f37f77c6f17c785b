namespace PaperDigest.Rendering.Math;

/// <summary>The math alphabet letters are set in: <c>\mathbf</c>, <c>\mathbb</c>, ...</summary>
internal enum MathFont
{
    /// <summary>Italic Latin and lowercase Greek, upright capital Greek, as TeX sets them.</summary>
    Default,
    Roman,
    Bold,

    /// <summary><c>\boldsymbol</c>: bold, keeping italic where the default is italic.</summary>
    BoldItalic,
    DoubleStruck,
    Script,
    Fraktur,
    SansSerif,
    SansSerifItalic,
    Monospace,
}
