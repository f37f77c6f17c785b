namespace PaperDigest.Rendering.Math;

/// <summary>How a <c>\begin{...}</c> environment is laid out.</summary>
/// <param name="Open">The fence before the table, or null.</param>
/// <param name="Close">The fence after the table, or null.</param>
/// <param name="ColumnAlign">Alignments repeated across the columns.</param>
/// <param name="DisplayCells">Cells are in display style (aligned, gathered) rather than text style (matrices).</param>
/// <param name="Aligned">Columns pair up right/left around relations, as in <c>aligned</c>.</param>
/// <param name="TableClass">The class of the mtable, from <see cref="MathClasses"/>: TeX's gaps the browser does not know.</param>
/// <param name="ColumnSpecification">Takes <c>{lcr}</c> (array, subarray) after its name.</param>
internal sealed record TexEnvironment(
    string? Open,
    string? Close,
    IReadOnlyList<string> ColumnAlign,
    bool DisplayCells,
    bool Aligned,
    string? TableClass = null,
    bool ColumnSpecification = false);
