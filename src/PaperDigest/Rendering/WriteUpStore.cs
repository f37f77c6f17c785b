using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Win32.SafeHandles;
using PaperDigest.Incremental;
using PaperDigest.Rendering.Links;

namespace PaperDigest.Rendering;

/// <summary>
/// Rendered write-ups kept on disk instead of in memory: an append-only file of UTF-8 HTML that pages and feeds
/// read back from as they are written, so a digest of 100,000 papers never holds every write-up at once. The build
/// cache keeps its store between builds (an unchanged paper's HTML is read from where the last build put it);
/// builds without a cache use a temporary one, deleted when disposed. The file starts with a random id, which the
/// entry cache records, so a cache never reads from a store it was not written with. Safe to use from many threads.
/// </summary>
internal sealed class WriteUpStore : IDisposable
{
    private const int IdLength = 16;

    private readonly SafeFileHandle handle;
    private long length;

    private WriteUpStore(string path, SafeFileHandle handle, string id, long length)
    {
        Path = path;
        this.handle = handle;
        Id = id;
        this.length = length;
    }

    /// <summary>Where the store lives (for a temporary store, a file that is gone once disposed).</summary>
    public string Path { get; }

    /// <summary>The random id written at the start of the file, in hex.</summary>
    public string Id { get; }

    /// <summary>Bytes written so far, the id included.</summary>
    public long Length => Interlocked.Read(ref length);

    /// <summary>A new, empty store at <paramref name="path"/> (replacing any file there).</summary>
    public static WriteUpStore Create(string path, bool temporary = false)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var handle = File.OpenHandle(path, FileMode.Create, FileAccess.ReadWrite, FileShare.Read, temporary ? FileOptions.DeleteOnClose : FileOptions.None);
        var id = RandomNumberGenerator.GetBytes(IdLength);
        RandomAccess.Write(handle, id, 0);
        return new WriteUpStore(path, handle, Convert.ToHexStringLower(id), IdLength);
    }

    /// <summary>A store in the temporary folder, deleted when disposed.</summary>
    public static WriteUpStore Temporary() =>
        Create(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"paperdigest-{Guid.NewGuid():N}.writeups"), temporary: true);

    /// <summary>The store at <paramref name="path"/> if it is there, has the id <paramref name="id"/> and holds at least <paramref name="atLeast"/> bytes.</summary>
    public static WriteUpStore? Open(string path, string id, long atLeast)
    {
        SafeFileHandle? handle = null;
        try
        {
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
            var size = RandomAccess.GetLength(handle);
            Span<byte> header = stackalloc byte[IdLength];
            if (size < System.Math.Max(atLeast, IdLength) || RandomAccess.Read(handle, header, 0) != IdLength || Convert.ToHexStringLower(header) != id)
            {
                handle.Dispose();
                return null;
            }

            // Bytes past the last one the cache knows of belong to a build that did not finish: written over.
            return new WriteUpStore(path, handle, id, atLeast < IdLength ? IdLength : atLeast);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            handle?.Dispose();
            return null;
        }
    }

    /// <param name="html">The rendered write-up.</param>
    /// <param name="urls">Where its URLs relative to the site begin, kept with it (none if not given).</param>
    public WriteUpHtml Add(string html, RelativeUrls? urls = null)
    {
        var bytes = Encoding.UTF8.GetBytes(html);
        var offset = Interlocked.Add(ref length, bytes.Length) - bytes.Length;
        RandomAccess.Write(handle, bytes, offset);
        return new WriteUpHtml(this, offset, bytes.Length, Fingerprint.Of(bytes), urls ?? RelativeUrls.None, WriteUpHtml.HoldsMath(html));
    }

    internal string Read(long offset, int count)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(count);
        try
        {
            var read = 0;
            while (read < count)
            {
                var n = RandomAccess.Read(handle, buffer.AsSpan(read, count - read), offset + read);
                if (n == 0)
                {
                    throw new IOException($"the write-up store '{Path}' ends before a write-up it should hold");
                }

                read += n;
            }

            return Encoding.UTF8.GetString(buffer, 0, count);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void Dispose() => handle.Dispose();
}
