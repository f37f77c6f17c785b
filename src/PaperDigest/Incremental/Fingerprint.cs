using System.Globalization;
using System.IO.Hashing;

namespace PaperDigest.Incremental;

/// <summary>
/// The 128-bit XXH3 hash of some content: the identity of an input, an output file, or everything an output
/// file was made from. <see cref="None"/> means "not known", and never matches anything.
/// </summary>
/// <remarks>
/// A build hashes tens of thousands of page inputs; XXH3 does it in managed code at memory speed, where SHA-256
/// went through the system's crypto library call by call. Fingerprints only tell a build's own inputs apart
/// between its runs (a clean build, as CI makes, uses none), so a hash that resists crafted collisions is not needed.
/// </remarks>
internal readonly record struct Fingerprint(ulong High, ulong Low)
{
    public static readonly Fingerprint None;

    public bool IsNone => High == 0 && Low == 0;

    public static Fingerprint Of(ReadOnlySpan<byte> content)
    {
        return From(XxHash128.HashToUInt128(content));
    }

    /// <summary>The fingerprint of a 128-bit hash.</summary>
    public static Fingerprint From(UInt128 hash)
    {
        var fingerprint = new Fingerprint((ulong)(hash >> 64), (ulong)hash);
        // A real hash of all zeroes would read as None; nudge it (a 2^-128 event).
        return fingerprint.IsNone ? new Fingerprint(0, 1) : fingerprint;
    }

    /// <summary>Whether this is a known fingerprint equal to <paramref name="other"/>.</summary>
    public bool Matches(Fingerprint other) => !IsNone && this == other;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{High:x16}{Low:x16}");
}
