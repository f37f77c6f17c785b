using System.Buffers.Binary;
using System.Text;

namespace PaperDigest.Incremental;

/// <summary>
/// The files of an output manifest as one block of bytes, encoded and decoded in memory: tens of thousands of
/// records read and written field by field through a stream cost a rebuild more than the rest of its manifest.
/// Each record is its path (length, then UTF-8), key, content, length and modification time, and the numbers
/// of its inline styles in the manifest's table.
/// </summary>
internal static class OutputFileBlock
{
    public static byte[] Encode(IReadOnlyList<OutputFile> files, IReadOnlyDictionary<string, int> styleNumbers)
    {
        // Measured first, so the block of a site of millions of files is made once at its size, never grown and copied.
        var size = 0L;
        for (var i = 0; i < files.Count; i++)
        {
            var (path, record) = files[i];
            var styles = record.InlineStyles ?? [];
            var length = Encoding.UTF8.GetByteCount(path);
            size += CountSize(length) + length + 48 + CountSize(styles.Count);
            foreach (var style in styles)
            {
                size += CountSize(styleNumbers[style]);
            }
        }

        var buffer = new byte[size <= Array.MaxLength ? (int)size : throw new InvalidOperationException("the output manifest is too large")];
        var at = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var (path, record) = files[i];
            var styles = record.InlineStyles ?? [];
            var span = buffer.AsSpan();
            var length = Encoding.UTF8.GetByteCount(path);
            at = WriteCount(span, at, length);
            at += Encoding.UTF8.GetBytes(path, span[at..]);
            at = WriteFingerprint(span, at, record.MadeFrom);
            at = WriteFingerprint(span, at, record.Content);
            BinaryPrimitives.WriteInt64LittleEndian(span[at..], record.Length);
            BinaryPrimitives.WriteInt64LittleEndian(span[(at + 8)..], record.WriteTicks);
            at = WriteCount(span, at + 16, styles.Count);
            foreach (var style in styles)
            {
                at = WriteCount(span, at, styleNumbers[style]);
            }
        }

        return at == buffer.Length ? buffer : throw new InvalidOperationException("the output manifest was measured wrong");
    }

    /// <summary>How many bytes <see cref="WriteCount"/> takes for <paramref name="value"/>.</summary>
    private static int CountSize(int value)
    {
        var size = 1;
        for (var rest = (uint)value; rest >= 0x80; rest >>= 7)
        {
            size++;
        }

        return size;
    }

    /// <summary>The <paramref name="count"/> files of <paramref name="block"/>; throws <see cref="FormatException"/> or <see cref="ArgumentException"/> if it is damaged.</summary>
    public static OutputFile[] Decode(ReadOnlySpan<byte> block, int count, IReadOnlyList<string> styles)
    {
        var files = new OutputFile[count];
        var at = 0;
        for (var i = 0; i < files.Length; i++)
        {
            var length = ReadCount(block, ref at);
            var path = Encoding.UTF8.GetString(block.Slice(at, length));
            at += length;
            var key = ReadFingerprint(block, ref at);
            var content = ReadFingerprint(block, ref at);
            var size = BinaryPrimitives.ReadInt64LittleEndian(block.Slice(at, 8));
            var ticks = BinaryPrimitives.ReadInt64LittleEndian(block.Slice(at + 8, 8));
            at += 16;
            string[]? fileStyles = null;
            var styleCount = ReadCount(block, ref at);
            if (styleCount > 0)
            {
                fileStyles = new string[Math.Min(styleCount, styles.Count)];
                for (var j = 0; j < styleCount; j++)
                {
                    var number = ReadCount(block, ref at);
                    fileStyles[j] = number < styles.Count && j < fileStyles.Length ? styles[number] : throw new FormatException("inline style out of range");
                }
            }

            files[i] = new OutputFile(path, new OutputRecord(key, content, size, ticks, fileStyles));
        }

        return at == block.Length ? files : throw new FormatException("bytes left after the last file");
    }

    private static int WriteFingerprint(Span<byte> span, int at, Fingerprint value)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(span[at..], value.High);
        BinaryPrimitives.WriteUInt64LittleEndian(span[(at + 8)..], value.Low);
        return at + 16;
    }

    private static Fingerprint ReadFingerprint(ReadOnlySpan<byte> block, ref int at)
    {
        var value = new Fingerprint(BinaryPrimitives.ReadUInt64LittleEndian(block.Slice(at, 8)), BinaryPrimitives.ReadUInt64LittleEndian(block.Slice(at + 8, 8)));
        at += 16;
        return value;
    }

    /// <summary>A non-negative number in 7-bit groups, low first, as <see cref="BinaryWriter.Write7BitEncodedInt"/> writes it.</summary>
    private static int WriteCount(Span<byte> span, int at, int value)
    {
        var rest = (uint)value;
        while (rest >= 0x80)
        {
            span[at++] = (byte)(rest | 0x80);
            rest >>= 7;
        }

        span[at++] = (byte)rest;
        return at;
    }

    private static int ReadCount(ReadOnlySpan<byte> block, ref int at)
    {
        var value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var part = at < block.Length ? block[at++] : throw new FormatException("block ends inside a number");
            value |= (part & 0x7F) << shift;
            if (part < 0x80)
            {
                return value >= 0 ? value : throw new FormatException("negative number");
            }
        }

        throw new FormatException("number too long");
    }
}
