namespace PaperDigest.Cli.Serve;

/// <summary>
/// Watches the digest and theme folders (recursively) and reports every change worth a rebuild, as a path relative
/// to the current folder when it lies below it, to <paramref name="onChange"/>.
/// </summary>
internal sealed class SourceWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Action<string> onChange;
    private bool disposed;

    public SourceWatcher(IEnumerable<string> folders, Action<string> onChange)
    {
        this.onChange = onChange;
        foreach (var folder in folders)
        {
            var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Notice(e.FullPath);
            watcher.Created += (_, e) => Notice(e.FullPath);
            watcher.Deleted += (_, e) => Notice(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                // An editor's atomic save renames a scratch file onto the real one: the new name is what counts.
                Notice(e.FullPath);
                Notice(e.OldFullPath);
            };

            // Too many changes at once overflow the watcher's buffer; rebuild anyway, the build reads everything.
            watcher.Error += (_, _) => onChange(Display(watcher.Path));
            watchers.Add(watcher);
        }
    }

    public void Start()
    {
        foreach (var watcher in watchers)
        {
            watcher.EnableRaisingEvents = true;
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        foreach (var watcher in watchers)
        {
            watcher.EnableRaisingEvents = false;
            watcher.Dispose();
        }
    }

    private void Notice(string path)
    {
        if (!WatchFilter.IsIgnored(path))
        {
            onChange(Display(path));
        }
    }

    private static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? path : relative).Replace('\\', '/');
    }
}
