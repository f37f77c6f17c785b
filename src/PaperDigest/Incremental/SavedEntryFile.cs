using Microsoft.Win32.SafeHandles;

namespace PaperDigest.Incremental;

/// <summary>
/// The entry cache file as the build read it: its size and modification time then, how many words of its table
/// the entries used when it was last renumbered, and the bytes each entry takes in it (by its path inside the input folder), so that
/// unchanged entries can be copied into the next file rather than written out again.
/// </summary>
internal sealed record SavedEntryFile((long Length, long WriteTicks) Stamp, int WordsInUse, IReadOnlyDictionary<string, (long Start, long End)> Ranges)
{
    /// <summary>The file's size and modification time, or (-1, -1) if it cannot be read.</summary>
    public static (long Length, long WriteTicks) StampOf(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : (-1, -1);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (-1, -1);
        }
    }

    /// <summary>The file at <paramref name="path"/>, open for reading, if it is still the one that was read; otherwise null.</summary>
    public SafeFileHandle? OpenIfUnchanged(string path)
    {
        if (Stamp.Length < 0)
        {
            return null;
        }

        try
        {
            var handle = File.OpenHandle(path);
            if (RandomAccess.GetLength(handle) == Stamp.Length && File.GetLastWriteTimeUtc(handle).Ticks == Stamp.WriteTicks)
            {
                return handle;
            }

            handle.Dispose();
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
