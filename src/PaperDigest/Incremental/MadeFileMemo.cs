using System.Collections.Concurrent;

namespace PaperDigest.Incremental;

/// <summary>
/// Files made by a static function of their input alone (figures, social cards), remembered by that input and their
/// paths, so that a later build in the same process that makes them afresh (a clean build compared with an incremental
/// one) gets the same bytes without drawing and encoding them again. Only given by tests through
/// <see cref="Building.BuildOptions.MadeFiles"/>: a build without it always makes its files. The lookup compares
/// inputs by value, never through the build's derived keys, so a key that missed part of an input cannot make one build
/// reuse another's file. Holds at most <see cref="MaxBytes"/>; past that it makes without remembering.
/// </summary>
internal sealed class MadeFileMemo
{
    public const long MaxBytes = 256L << 20;

    private readonly ConcurrentDictionary<(string Paths, object? Input), IReadOnlyList<byte[]>> made = new();
    private long bytes;

    /// <summary>How many times files were taken from the memo rather than made.</summary>
    public int Reused => reused;

    private int reused;

    /// <summary>What <paramref name="make"/> makes of <paramref name="input"/> for <paramref name="paths"/>, made once.</summary>
    public IReadOnlyList<byte[]> Files<TInput>(IReadOnlyList<string> paths, TInput input, Func<TInput, IReadOnlyList<byte[]>> make)
    {
        var key = (string.Join('\n', paths), (object?)input);
        if (made.TryGetValue(key, out var files))
        {
            Interlocked.Increment(ref reused);
            return files;
        }

        files = make(input);
        var size = files.Sum(f => (long)f.Length);
        if (Interlocked.Read(ref bytes) + size <= MaxBytes && made.TryAdd(key, files))
        {
            Interlocked.Add(ref bytes, size);
        }

        return files;
    }
}
