using System.Globalization;

namespace PaperDigest.Tests.Fuzzing;

/// <summary>
/// How much the reader fuzz tests run, from the environment, so CI stays at about a minute and a longer run is one
/// variable away: <c>PAPERDIGEST_FUZZ_CASES</c> (mutated inputs per reader), <c>PAPERDIGEST_FUZZ_SEED</c> (fixed by
/// default, so every run of CI tries the same inputs) and <c>PAPERDIGEST_FUZZ_CASE</c> (only that case, to replay a failure).
/// </summary>
internal static class FuzzSettings
{
    public const int DefaultCases = 6000;

    public const int DefaultSeed = 20251205;

    /// <summary>Generous: a case that takes this long is a hang, not a slow machine.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    public static int Cases => Number("PAPERDIGEST_FUZZ_CASES") ?? DefaultCases;

    public static int Seed => Number("PAPERDIGEST_FUZZ_SEED") ?? DefaultSeed;

    public static int? OnlyCase => Number("PAPERDIGEST_FUZZ_CASE");

    private static int? Number(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
