using System.Collections.Concurrent;

namespace PaperDigest.Incremental;

/// <summary>
/// The fingerprints of the last build's input and theme files with their size, modification time and status-change
/// time, so a file whose size and times are unchanged is not read and hashed again (as git's index does). A file modified within
/// <see cref="Racy"/> of when the list was saved is hashed anyway: it may have changed again within the file
/// system's time resolution. Files are remembered by their folder's part (input or theme) and their path inside it,
/// as git's index names them, so a project moved or checked out elsewhere keeps the list. Safe to use from many threads.
/// </summary>
internal sealed class InputFingerprints
{
    private const string Kind = "paperdigest-inputs-3";
    private const string FileName = "inputs.cache";
    private static readonly TimeSpan Racy = TimeSpan.FromSeconds(2);

    private readonly string? folder;
    private readonly Dictionary<string, KnownFile> previous;
    private readonly long trustedBefore;
    private readonly ConcurrentDictionary<string, KnownFile> next = new(StringComparer.Ordinal);

    /// <summary>When this list started looking at files: a later list trusts only what was modified well before.</summary>
    private readonly long startedAt = DateTime.UtcNow.Ticks;
    private int hashed;

    private InputFingerprints(string? folder, Dictionary<string, KnownFile> previous, long trustedBefore)
    {
        this.folder = folder;
        this.previous = previous;
        this.trustedBefore = trustedBefore;
    }

    /// <summary>Remembers nothing: every file is read and hashed.</summary>
    public static InputFingerprints None { get; } = new(null, new Dictionary<string, KnownFile>(), 0);

    /// <param name="forget">Start afresh (a clean build), still saving what this build fingerprints.</param>
    public static InputFingerprints Load(string folder, bool forget = false)
    {
        var loaded = forget ? null : CacheFile.Load(Path.Combine(folder, FileName), Kind, reader =>
        {
            var savedAt = reader.ReadInt64();
            var count = reader.ReadInt32();
            var files = new Dictionary<string, KnownFile>(count, StringComparer.Ordinal);
            for (; count > 0; count--)
            {
                files[reader.ReadString()] = new KnownFile(reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadFingerprint());
            }

            return new InputFingerprints(folder, files, savedAt - Racy.Ticks);
        });
        return loaded ?? new InputFingerprints(folder, new Dictionary<string, KnownFile>(), 0);
    }

    /// <summary>
    /// What this list noted, as the list of the next build of a long-lived process (which keeps it in memory rather than
    /// saving and loading it), trusting what was modified well before this list started.
    /// </summary>
    public InputFingerprints Continue() => new(folder, new Dictionary<string, KnownFile>(next, StringComparer.Ordinal), startedAt - Racy.Ticks);

    /// <summary>How the list names a file: its folder's part and its path inside the folder.</summary>
    public static string Name(bool inInput, string relativePath) => (inInput ? "input:" : "theme:") + relativePath;

    /// <summary>The fingerprint of the file's content: remembered if its size and time are unchanged, else read and hashed.</summary>
    /// <param name="name">The file as the list names it (see <see cref="Name"/>).</param>
    /// <param name="path">Where the file is now.</param>
    /// <param name="again">Read and hash it whatever its size and time (a watcher said it changed).</param>
    public Fingerprint Of(string name, string path, bool again = false)
    {
        var (length, ticks, changed) = Reading.FileSystemEntries.Times(path)
            ?? (new FileInfo(path) is var file ? (file.Length, file.LastWriteTimeUtc.Ticks, Reading.FileSystemEntries.ChangeTicks(path)) : default);
        // The status-change time catches another file moved or copied over this one with the same size and time.
        if (again || !previous.TryGetValue(name, out var known) || known.Length != length || known.Ticks != ticks || known.ChangeTicks != changed
            || ticks >= trustedBefore || changed >= trustedBefore)
        {
            Interlocked.Increment(ref hashed);
            known = new KnownFile(length, ticks, changed, Fingerprint.Of(Reading.InputGate.ReadStatedSize(path)));
        }

        next[name] = known;
        return known.Content;
    }

    /// <summary>
    /// The remembered fingerprint of a file the caller knows to be unchanged (no watcher reported it), noted for the next
    /// build without asking the file system; false if the file is not remembered.
    /// </summary>
    public bool TryCarry(string name, out Fingerprint content)
    {
        if (previous.TryGetValue(name, out var known))
        {
            next[name] = known;
            content = known.Content;
            return true;
        }

        content = Fingerprint.None;
        return false;
    }

    /// <summary>Saves the files fingerprinted since <see cref="Load"/> for the next build, unless the list is the same as loaded.</summary>
    /// <param name="always">Save even so: the list was not loaded from the saved one but continued from another in memory.</param>
    public void Save(bool always = false)
    {
        if (folder is null || (!always && hashed == 0 && next.Count == previous.Count))
        {
            return;
        }

        CacheFile.Save(Path.Combine(folder, FileName), Kind, writer =>
        {
            writer.Write(DateTime.UtcNow.Ticks);
            writer.Write(next.Count);
            foreach (var (name, known) in next.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                writer.Write(name);
                writer.Write(known.Length);
                writer.Write(known.Ticks);
                writer.Write(known.ChangeTicks);
                writer.Write(known.Content);
            }
        });
    }
}
