using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace PaperDigest.Incremental;

/// <summary>
/// 128 bits of the SHA-256 of some content: the identity of an input, an output file, or everything an output
/// file was made from. <see cref="None"/> means "not known", and never matches anything.
/// </summary>
internal readonly record struct Fingerprint(ulong High, ulong Low)
{
    public static readonly Fingerprint None;

    public bool IsNone => High == 0 && Low == 0;

    public static Fingerprint Of(ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(content, hash);
        var fingerprint = new Fingerprint(BinaryPrimitives.ReadUInt64LittleEndian(hash), BinaryPrimitives.ReadUInt64LittleEndian(hash[8..]));
        // A real hash of all zeroes would read as None; nudge it (a 2^-128 event).
        return fingerprint.IsNone ? new Fingerprint(0, 1) : fingerprint;
    }

    /// <summary>Whether this is a known fingerprint equal to <paramref name="other"/>.</summary>
    public bool Matches(Fingerprint other) => !IsNone && this == other;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{High:x16}{Low:x16}");
}
