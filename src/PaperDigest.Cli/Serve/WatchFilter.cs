namespace PaperDigest.Cli.Serve;

/// <summary>
/// Which file-system changes are worth a rebuild: everything but the scratch files editors write beside the file
/// being saved (vim's <c>.swp</c> and <c>4913</c>, backup <c>~</c> files, Emacs lock and autosave files, macOS and
/// Windows folder litter) and anything inside version-control folders.
/// </summary>
internal static class WatchFilter
{
    private static readonly string[] IgnoredSuffixes = [".swp", ".swo", ".swx", "~", ".tmp", ".crswap"];

    private static readonly string[] IgnoredNames = ["4913", ".DS_Store", "Thumbs.db"];

    private static readonly string[] IgnoredFolders = [".git", ".hg", ".svn"];

    /// <summary>True when a change to <paramref name="path"/> (absolute or relative) should not trigger a rebuild.</summary>
    public static bool IsIgnored(string path)
    {
        var parts = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return true;
        }

        if (parts.Any(part => IgnoredFolders.Contains(part, StringComparer.Ordinal)))
        {
            return true;
        }

        var name = parts[^1];
        return name.StartsWith(".#", StringComparison.Ordinal)
            || (name.Length > 1 && name.StartsWith('#') && name.EndsWith('#'))
            || IgnoredNames.Contains(name, StringComparer.Ordinal)
            || IgnoredSuffixes.Any(suffix => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));
    }
}
