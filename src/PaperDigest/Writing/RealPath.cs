namespace PaperDigest.Writing;

/// <summary>
/// Where a path really leads: every symbolic link on the way resolved and <c>.</c> and <c>..</c> taken in order, as the
/// file system does (so <c>link/..</c> is the parent of the link's target, not the folder holding the link). The part
/// that does not exist yet is appended as written. <see cref="Path.GetFullPath(string)"/> alone resolves no links.
/// </summary>
internal static class RealPath
{
    /// <summary>As many links as the system follows before it gives up (Linux's ELOOP limit).</summary>
    private const int MaxLinks = 40;

    /// <summary>How paths are compared: case-sensitively on Linux, whose file systems are; otherwise ignoring case.</summary>
    public static StringComparison Comparison { get; } = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>The real absolute path of <paramref name="path"/>, without a trailing separator; null for a loop of links.</summary>
    public static string? Of(string path)
    {
        var absolute = Path.IsPathRooted(path) ? path : Path.Join(Environment.CurrentDirectory, path);
        var current = Path.GetPathRoot(absolute)!;
        var pending = new Stack<string>();
        Push(pending, absolute[current.Length..]);
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            Push(pending, target);
        }

        return current;
    }

    /// <summary>Whether <paramref name="inner"/> is <paramref name="outer"/> or lies inside it (both real paths).</summary>
    public static bool IsAtOrInside(string inner, string outer) =>
        inner.Equals(outer, Comparison)
        || (inner.StartsWith(outer, Comparison) && (outer.EndsWith(Path.DirectorySeparatorChar) || inner[outer.Length] == Path.DirectorySeparatorChar));

    /// <summary>Whether the last part of <paramref name="path"/> is a symbolic link (its folder's links resolved first).</summary>
    public static bool IsLink(string path)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(path);
        var name = Path.GetFileName(trimmed);
        if (name is "" or "." or "..")
        {
            return false;
        }

        var folder = Path.GetDirectoryName(trimmed);
        var realFolder = Of(string.IsNullOrEmpty(folder) ? "." : folder);
        return realFolder is not null && LinkTarget(Path.Join(realFolder, name)) is not null;
    }

    private static void Push(Stack<string> pending, string relative)
    {
        var parts = relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Unreadable or not there: nothing to follow.
            return null;
        }
    }
}
