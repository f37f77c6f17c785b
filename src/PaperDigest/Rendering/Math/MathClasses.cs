namespace PaperDigest.Rendering.Math;

/// <summary>
/// Every CSS class the math renderer can write (the theme's site.css styles them; MathML Core and the site's CSP leave
/// no other way to draw strikes, boxes or column alignment in Chromium). Unused-CSS removal must keep <see cref="All"/>.
/// </summary>
internal static class MathClasses
{
    /// <summary>The inline wrapper: <c>&lt;span class="math"&gt;</c>; display math adds <see cref="Display"/>.</summary>
    public const string Math = "math";

    public const string Display = "math-display";

    /// <summary>The readable fallback, <c>&lt;code class="math-tex"&gt;</c>, for a formula that could not be converted.</summary>
    public const string Tex = "math-tex";

    public const string AlignLeft = "math-align-left";
    public const string AlignRight = "math-align-right";
    public const string TightLeft = "math-tight-left";
    public const string TightRight = "math-tight-right";
    public const string Overline = "math-overline";
    public const string Underline = "math-underline";

    /// <summary>Matrices and arrays: TeX's column gap and no padding at the outer edges.</summary>
    public const string Matrix = "math-matrix";

    /// <summary><c>smallmatrix</c> and <c>\substack</c>: tight rows and columns.</summary>
    public const string Small = "math-small";

    /// <summary><c>aligned</c> and kin: TeX's extra row gap (<c>\jot</c>).</summary>
    public const string Jot = "math-jot";

    /// <summary>A <c>CD</c> diagram: wide gaps between objects and arrows.</summary>
    public const string Diagram = "math-cd";

    /// <summary><c>\bordermatrix</c>: row and column labels outside the parentheses, which are drawn as cell borders.</summary>
    public const string BorderMatrix = "math-bordermatrix";

    public const string Cancel = "math-cancel";

    /// <summary><c>\cancelto</c>: the strike ends in an arrowhead at the top right.</summary>
    public const string CancelTo = "math-cancelto";
    public const string BackCancel = "math-bcancel";
    public const string CrossCancel = "math-xcancel";
    public const string StrikeOut = "math-sout";
    public const string Boxed = "math-boxed";
    public const string ColorBox = "math-colorbox";

    /// <summary><c>\fcolorbox</c> with a frame colour that has no class: the frame is this box's <c>mathbackground</c> around the inner colour box.</summary>
    public const string FrameBox = "math-fcolorbox";
    public const string Circled = "math-circled";
    public const string Angle = "math-angl";
    public const string Phase = "math-phase";
    public const string LongDivision = "math-longdiv";

    /// <summary>A number written with <c>\tag</c>, set at the right of its equation.</summary>
    public const string Tag = "math-tag";

    /// <summary><c>\mathllap</c> and <c>\mathclap</c>: the zero-width box's content shifted left of it, or centred on it.</summary>
    public const string LeftOverlap = "math-llap";
    public const string CentredOverlap = "math-clap";

    /// <summary><c>\reflectbox</c>: mirrored left to right (MathML Core has no element for it).</summary>
    public const string Reflected = "math-reflectbox";

    public static IReadOnlyList<string> All { get; } =
    [
        Math, Display, Tex, AlignLeft, AlignRight, TightLeft, TightRight, Overline, Underline, Matrix, Small, Jot, Diagram,
        BorderMatrix, Cancel, CancelTo, BackCancel, CrossCancel, StrikeOut, Boxed, ColorBox, FrameBox, Circled, Angle, Phase, LongDivision, Tag, LeftOverlap,
        CentredOverlap, Reflected,
        .. MathColor.Named.Keys.Select(MathColor.ClassOf).Order(StringComparer.Ordinal),
        .. MathColor.Named.Keys.Select(MathColor.FrameClassOf).Order(StringComparer.Ordinal),
    ];
}
