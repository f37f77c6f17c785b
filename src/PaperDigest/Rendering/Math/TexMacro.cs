namespace PaperDigest.Rendering.Math;

/// <summary>A command defined as TeX: <paramref name="Body"/> with #1..#9 replaced by the braced arguments.</summary>
/// <param name="Bar">What the <c>|</c> of the argument becomes (braket's <c>\Braket{a|b}</c>), or null to keep it.</param>
/// <param name="EveryBar">Replace every <c>|</c>, not only the first.</param>
/// <param name="Tokens">The body already as tokens, ending with <see cref="TexTokenKind.End"/> (a definition in the formula); <paramref name="Body"/> is then its name.</param>
internal sealed record TexMacro(int Arguments, string Body, string? Bar = null, bool EveryBar = false, IReadOnlyList<TexToken>? Tokens = null)
{
    /// <summary>For <c>\newcommand{\f}[2][default]</c>: the first argument is optional, in brackets, and this when left out.</summary>
    public IReadOnlyList<TexToken>? OptionalDefault { get; init; }

    /// <summary>For a <c>\def</c> whose parameters are delimited (<c>\def\f#1.{…}</c>): how its arguments are found.</summary>
    public TexParameterText? Parameters { get; init; }
}
