namespace PaperDigest.Rendering.Math.Chemistry;

/// <summary>
/// A transition of an mhchem state machine: when <see cref="Pattern"/> matches, run the actions, go to
/// <see cref="NextState"/> (if any), consume the match unless <see cref="Revisit"/>, and stop looking unless
/// <see cref="ToContinue"/>.
/// </summary>
internal sealed record MhchemTransition(string Pattern, IReadOnlyList<MhchemAction> Actions, string? NextState, bool Revisit, bool ToContinue)
{
    /// <summary>The pattern's matcher, looked up once when the machine is built.</summary>
    public Func<string, MhchemMatch?> Match { get; init; } = _ => null;
}
