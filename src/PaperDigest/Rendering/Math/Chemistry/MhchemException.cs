namespace PaperDigest.Rendering.Math.Chemistry;

/// <summary>Input the mhchem grammar cannot read; caught at the entry point and reported as the formula's problem.</summary>
/// <param name="Kind">What kind of problem: mhchem's own (an unknown bond or arrow, a piece it cannot read) is <see cref="TexProblemKind.Unsupported"/>; one the TeX parser found in a piece keeps that parser's kind.</param>
/// <param name="Name">The unknown command or environment, when the TeX parser named one.</param>
internal sealed class MhchemException(string message, TexProblemKind Kind = TexProblemKind.Unsupported, string? Name = null) : Exception(message)
{
    public TexProblemKind Kind { get; } = Kind;

    public string? Name { get; } = Name;
}
