namespace PaperDigest.Tests.Fuzzing;

/// <summary>
/// One reader under fuzzing: the real files it is mutated from, the tokens its grammar cares about, and the check of
/// one input, which returns null when the reader behaved (a result or diagnostics) and says what went wrong otherwise.
/// An exception escaping <see cref="Check"/> is a finding too.
/// </summary>
internal sealed record FuzzTarget(string Name, IReadOnlyList<byte[]> Seeds, IReadOnlyList<string> Tokens, Func<byte[], string?> Check)
{
    /// <summary>Mutated inputs are cut to this length; the readers' own size limits are tested elsewhere.</summary>
    public int MaxLength { get; init; } = 256 * 1024;
}
