namespace PaperDigest.Rendering.Math;

/// <summary>The grid of a matrix, <c>cases</c> or <c>aligned</c> environment, without its fences.</summary>
/// <param name="ColumnAlign">One of left, center, right for each column.</param>
/// <param name="ColumnSpacing">The gaps between columns, or null for the default.</param>
internal sealed record MathTable(
    IReadOnlyList<IReadOnlyList<MathNode>> Rows,
    IReadOnlyList<string> ColumnAlign,
    IReadOnlyList<string>? ColumnSpacing,
    bool DisplayStyle) : MathNode
{
    /// <summary>The table's class (<see cref="MathClasses.Matrix"/>, ...), or null.</summary>
    public string? Class { get; init; }
}
