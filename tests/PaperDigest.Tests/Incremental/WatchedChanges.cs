using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Incremental;

/// <summary>
/// What a file watcher reports between two moments, without a watcher's timing: the folders' files are read before
/// and after, and every file added, removed or changed is named by its full path.
/// </summary>
internal sealed class WatchedChanges
{
    private readonly string[] folders;
    private FolderSnapshot[] before;

    private WatchedChanges(string[] folders)
    {
        this.folders = folders;
        before = [.. folders.Select(FolderSnapshot.Take)];
    }

    /// <summary>Starts watching <paramref name="folders"/> from now.</summary>
    public static WatchedChanges Of(params string[] folders) => new(folders);

    /// <summary>The files changed since the start or the last call, by full path.</summary>
    public IReadOnlyCollection<string> Take()
    {
        var changed = new List<string>();
        for (var i = 0; i < folders.Length; i++)
        {
            var after = FolderSnapshot.Take(folders[i]);
            var paths = before[i].Files.Keys.Union(after.Files.Keys, StringComparer.Ordinal);
            changed.AddRange(paths
                .Where(p => !before[i].Files.TryGetValue(p, out var old) || !after.Files.TryGetValue(p, out var now) || !old.AsSpan().SequenceEqual(now))
                .Select(p => Path.Combine(folders[i], p)));
            before[i] = after;
        }

        return changed;
    }
}
