using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace PaperDigest.Incremental;

/// <summary>
/// Collects everything an output file is made from (the site's stamp, the versions of the papers on it, page
/// numbers...) into one <see cref="Fingerprint"/>. Each value is written with its length, so ("ab", "c") and
/// ("a", "bc") give different keys.
/// </summary>
public sealed class KeyBuilder
{
    private readonly ArrayBufferWriter<byte> buffer = new(256);
    private bool unknown;

    public KeyBuilder(string kind) => Add(kind);

    public KeyBuilder Add(string? text)
    {
        if (text is null)
        {
            return Add(-1);
        }

        var span = buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length) + 4);
        var length = Encoding.UTF8.GetBytes(text, span[4..]);
        BinaryPrimitives.WriteInt32LittleEndian(span, length);
        buffer.Advance(length + 4);
        return this;
    }

    public KeyBuilder Add(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(buffer.GetSpan(4), value);
        buffer.Advance(4);
        return this;
    }

    /// <summary>Adds a fingerprint; adding <see cref="Fingerprint.None"/> makes the whole key unknown.</summary>
    public KeyBuilder Add(Fingerprint value)
    {
        unknown |= value.IsNone;
        var span = buffer.GetSpan(16);
        BinaryPrimitives.WriteUInt64LittleEndian(span, value.High);
        BinaryPrimitives.WriteUInt64LittleEndian(span[8..], value.Low);
        buffer.Advance(16);
        return this;
    }

    public KeyBuilder Add(bool value) => Add(value ? 1 : 0);

    /// <summary>The key, or <see cref="Fingerprint.None"/> (which matches nothing) if any part of it was unknown.</summary>
    public Fingerprint Build() => unknown ? Fingerprint.None : Fingerprint.Of(buffer.WrittenSpan);
}
