using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace PaperDigest.Incremental;

/// <summary>
/// Copies byte ranges of a file into a stream, joining ranges that follow one another into one read: unchanged
/// entries of the entry cache lie next to each other in both the old file and the new one.
/// </summary>
internal sealed class ByteRangeCopier(SafeFileHandle? source, Stream target)
{
    private long start = -1;
    private long end = -1;

    public void Add((long Start, long End) range)
    {
        if (start >= 0 && range.Start == end)
        {
            end = range.End;
            return;
        }

        Flush();
        (start, end) = range;
    }

    /// <summary>Copies the ranges added since the last flush.</summary>
    public void Flush()
    {
        if (start < 0)
        {
            return;
        }

        if (source is null)
        {
            throw new InvalidOperationException("no file to copy from");
        }

        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            for (var at = start; at < end;)
            {
                var read = RandomAccess.Read(source, buffer.AsSpan(0, (int)Math.Min(buffer.Length, end - at)), at);
                if (read == 0)
                {
                    throw new IOException("the entry cache file ended early while it was being copied");
                }

                target.Write(buffer, 0, read);
                at += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        start = end = -1;
    }
}
