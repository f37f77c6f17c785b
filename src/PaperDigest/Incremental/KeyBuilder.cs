using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace PaperDigest.Incremental;

/// <summary>
/// Collects everything an output file is made from (the site's stamp, the versions of the papers on it, page
/// numbers...) into one <see cref="Fingerprint"/>. Each value is written with its length, so ("ab", "c") and
/// ("a", "bc") give different keys. What is added beyond <see cref="MaxBuffer"/> bytes is hashed as it comes, so the key
/// of a very large input (the sitemap's pages, the build id over every output file) needs no buffer of its size; the
/// key is the same either way (XXH3 hashes a stream as it hashes the whole).
/// </summary>
internal sealed class KeyBuilder
{
    /// <summary>The most the builder buffers before it hashes what it holds and starts the buffer again.</summary>
    internal const int MaxBuffer = 64 * 1024;

    // A plain array rather than an ArrayBufferWriter<byte>: this code is compiled ahead of time with the rest of
    // PaperDigest, while a generic type of the framework made for bytes here runs unoptimised in a short build.
    private byte[] buffer = new byte[256];
    private int length;
    private bool unknown;
    // Made once the input outgrows the buffer; what it has hashed comes before the buffer's bytes.
    private XxHash128? hash;
    private bool streaming;

    public KeyBuilder(string kind) => Add(kind);

    /// <summary>The room the builder has taken so far.</summary>
    internal int Capacity => buffer.Length;

    /// <summary>Starts a new key in the same buffer, so a builder used over and over stops allocating.</summary>
    internal KeyBuilder Restart(string kind)
    {
        length = 0;
        unknown = false;
        streaming = false;
        hash?.Reset();
        return Add(kind);
    }

    /// <summary>Adds text as its UTF-16 code units: copied as they are, with no encoding (a key only tells texts apart).</summary>
    public KeyBuilder Add(string? text)
    {
        if (text is null)
        {
            return Add(-1);
        }

        var bytes = MemoryMarshal.AsBytes(text.AsSpan());
        var span = Reserve(bytes.Length + 4);
        BinaryPrimitives.WriteInt32LittleEndian(span, text.Length);
        bytes.CopyTo(span[4..]);
        length += bytes.Length + 4;
        return this;
    }

    public KeyBuilder Add(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(Reserve(4), value);
        length += 4;
        return this;
    }

    /// <summary>Adds numbers, preceded by how many there are.</summary>
    public KeyBuilder Add(ReadOnlySpan<int> values)
    {
        Add(values.Length);
        var span = Reserve(values.Length * sizeof(int));
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.AsBytes(values).CopyTo(span);
        }
        else
        {
            for (var i = 0; i < values.Length; i++)
            {
                BinaryPrimitives.WriteInt32LittleEndian(span.Slice(i * sizeof(int)), values[i]);
            }
        }

        length += values.Length * sizeof(int);
        return this;
    }

    /// <summary>Adds bytes, preceded by how many there are.</summary>
    public KeyBuilder Add(ReadOnlySpan<byte> values)
    {
        Add(values.Length);
        values.CopyTo(Reserve(values.Length));
        length += values.Length;
        return this;
    }

    /// <summary>Adds a fingerprint; adding <see cref="Fingerprint.None"/> makes the whole key unknown.</summary>
    public KeyBuilder Add(Fingerprint value)
    {
        unknown |= value.IsNone;
        var span = Reserve(16);
        BinaryPrimitives.WriteUInt64LittleEndian(span, value.High);
        BinaryPrimitives.WriteUInt64LittleEndian(span[8..], value.Low);
        length += 16;
        return this;
    }

    public KeyBuilder Add(bool value) => Add(value ? 1 : 0);

    /// <summary>The key, or <see cref="Fingerprint.None"/> (which matches nothing) if any part of it was unknown.</summary>
    public Fingerprint Build()
    {
        if (unknown)
        {
            return Fingerprint.None;
        }

        if (!streaming)
        {
            return Fingerprint.Of(buffer.AsSpan(0, length));
        }

        hash!.Append(buffer.AsSpan(0, length));
        return Fingerprint.From(hash.GetCurrentHashAsUInt128());
    }

    /// <summary>Room for <paramref name="size"/> more bytes at the end; the caller moves <see cref="length"/> past what it wrote.</summary>
    private Span<byte> Reserve(int size)
    {
        if (length + size > buffer.Length)
        {
            if (length + size > MaxBuffer && length > 0)
            {
                // Hash what is held and start the buffer again, rather than grow it with the input.
                (hash ??= new XxHash128()).Append(buffer.AsSpan(0, length));
                streaming = true;
                length = 0;
            }

            if (length + size > buffer.Length)
            {
                var larger = new byte[Math.Max(Math.Min(buffer.Length * 2, MaxBuffer), length + size)];
                buffer.AsSpan(0, length).CopyTo(larger);
                buffer = larger;
            }
        }

        return buffer.AsSpan(length, size);
    }
}
