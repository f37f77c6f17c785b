using PaperDigest.Writing;

namespace PaperDigest.Cli.Serve;

/// <summary>
/// Maps a site path to a file of the output folder as a static host does (<c>/x/</c> is <c>x/index.html</c>). The
/// folder is looked up on every request: each successful build swaps in a new one at the same path.
/// </summary>
internal static class SiteFiles
{
    /// <param name="root">The output folder, as a full path.</param>
    /// <param name="sitePath">The decoded request path below the site's base path, starting with '/'.</param>
    public static (SiteFileKind Kind, string? File) Resolve(string root, string sitePath)
    {
        if (!sitePath.StartsWith('/') || sitePath.Contains('\\', StringComparison.Ordinal) || sitePath.Contains('\0', StringComparison.Ordinal))
        {
            return (SiteFileKind.NotFound, null);
        }

        var segments = sitePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s == StagedOutput.MarkerFile))
        {
            return (SiteFileKind.NotFound, null);
        }

        var folder = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        var target = Path.GetFullPath(Path.Combine([folder, .. segments]));
        if (target != folder && !target.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return (SiteFileKind.NotFound, null);
        }

        if (sitePath.EndsWith('/'))
        {
            var index = Path.Combine(target, "index.html");
            return File.Exists(index) ? (SiteFileKind.File, index) : (SiteFileKind.NotFound, null);
        }

        if (File.Exists(target))
        {
            return (SiteFileKind.File, target);
        }

        return File.Exists(Path.Combine(target, "index.html")) ? (SiteFileKind.FolderWithoutSlash, null) : (SiteFileKind.NotFound, null);
    }
}
