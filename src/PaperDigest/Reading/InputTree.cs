using PaperDigest.Diagnostics;

namespace PaperDigest.Reading;

/// <summary>
/// The files of an input or theme folder that a build may read, listed once without following any link to a folder
/// (so no loops, no escapes), and the problems met on the way: links that leave the folder or lead to a folder,
/// FIFOs, devices and sockets, unreadable files and folders. Names starting with a dot are not listed.
/// </summary>
/// <param name="Files">Paths relative to <paramref name="Root"/>, with forward slashes, in ordinal order.</param>
internal sealed record InputTree(string Root, IReadOnlyList<string> Files, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>A folder that does not exist: no files and no problems (whoever needs it says it is missing).</summary>
    public static InputTree Empty(string root) => new(root, [], []);

    public static InputTree Scan(string root)
    {
        var realRoot = FileSystemEntries.RealPath(root);
        if (realRoot is null || FileSystemEntries.TargetKindOf(realRoot) != FileKind.Folder)
        {
            return Empty(root);
        }

        var files = new List<string>();
        var problems = new List<Diagnostic>();
        Walk(root, realRoot, Names(root, "", problems), files, problems);
        return Sorted(root, files, problems);
    }

    /// <summary>
    /// This tree with only <paramref name="changed"/> looked at again (paths relative to the root, files or folders, as
    /// a file watcher names them): what was listed at or below each is dropped, and each is listed anew as
    /// <see cref="Scan"/> would list it. A path below something that is no longer a folder is taken as that something.
    /// </summary>
    /// <returns>The tree, and the files listed anew (whose content may have changed).</returns>
    public (InputTree Tree, IReadOnlySet<string> Listed) Rescan(IEnumerable<string> changed)
    {
        var realRoot = FileSystemEntries.RealPath(Root);
        if (realRoot is null || FileSystemEntries.TargetKindOf(realRoot) != FileKind.Folder)
        {
            return (Empty(Root), new HashSet<string>());
        }

        var paths = changed.Select(Highest).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var files = Files.Where(f => !paths.Any(p => IsAtOrBelow(f, p))).ToList();
        var problems = Problems.Where(d => !paths.Any(p => IsAtOrBelow(d.Location.Path, InputReader.DisplayPath(Root, p)))).ToList();
        var (keptFiles, keptProblems) = (files.Count, problems.Count);
        Walk(Root, realRoot, paths, files, problems);
        var listed = new HashSet<string>(files.Skip(keptFiles), StringComparer.Ordinal);

        // Files saved in place (the usual edit) leave the tree as it was: the same object says so.
        var dropped = Files.Count - keptFiles;
        return listed.Count == dropped && listed.All(Contains) && SameProblems(problems, keptProblems)
            ? (this, listed)
            : (Sorted(Root, files, problems), listed);
    }

    /// <summary>The files below <paramref name="folder"/> (spelt exactly so) with the given extension (any case).</summary>
    public IReadOnlyList<string> In(string folder, string? extension)
    {
        var prefix = folder is "" or "." ? "" : folder + "/";
        return Files.Where(f => f.StartsWith(prefix, StringComparison.Ordinal) && (extension is null || f.EndsWith(extension, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    /// <summary>Lists <paramref name="entries"/> (paths relative to the root) and, recursively, the folders among them.</summary>
    private static void Walk(string root, string realRoot, IEnumerable<string> entries, List<string> files, List<Diagnostic> problems)
    {
        var folders = new Stack<string>();
        foreach (var relative in entries)
        {
            Visit(root, realRoot, relative, files, problems, folders);
        }

        while (folders.Count > 0)
        {
            var folder = folders.Pop();
            foreach (var name in Names(root, folder, problems))
            {
                Visit(root, realRoot, folder + "/" + name, files, problems, folders);
            }
        }
    }

    /// <summary>One name of a folder: a folder to list, a file, or a problem (a link, a FIFO, a device...).</summary>
    private static void Visit(string root, string realRoot, string relative, List<string> files, List<Diagnostic> problems, Stack<string> folders)
    {
        var full = Path.Combine(root, relative);
        switch (FileSystemEntries.KindOf(full))
        {
            case FileKind.Folder:
                folders.Push(relative);
                break;
            case FileKind.RegularFile when FileSystemEntries.CanRead(full):
                files.Add(relative);
                break;
            case FileKind.Missing:
                // Removed since the folder was listed.
                break;
            default:
                if (InputGate.Refusal(root, realRoot, relative) is { } refusal)
                {
                    problems.Add(refusal);
                }
                else
                {
                    files.Add(relative);
                }

                break;
        }
    }

    private static InputTree Sorted(string root, List<string> files, List<Diagnostic> problems)
    {
        files.Sort(StringComparer.Ordinal);
        problems.Sort((a, b) => string.CompareOrdinal(a.Location.Path, b.Location.Path));
        return new InputTree(root, files, problems);
    }

    /// <summary>
    /// What a scan would meet first on the way to <paramref name="relative"/>: the path itself if every folder above it
    /// is still a folder, else the first that is not; null if a name on the way starts with a dot (never listed).
    /// </summary>
    private string? Highest(string relative)
    {
        var parts = relative.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Any(part => part.StartsWith('.')))
        {
            return null;
        }

        for (var i = 1; i < parts.Length; i++)
        {
            var above = string.Join('/', parts[..i]);
            if (FileSystemEntries.KindOf(Path.Combine(Root, above)) != FileKind.Folder)
            {
                return above;
            }
        }

        return string.Join('/', parts);
    }

    /// <summary>Whether the file is listed (<see cref="Files"/> is in ordinal order).</summary>
    private bool Contains(string file)
    {
        var (low, high) = (0, Files.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(Files[middle], file);
            if (order == 0)
            {
                return true;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return false;
    }

    /// <summary>Whether the problems found again (those from <paramref name="kept"/> on) are those that were dropped.</summary>
    private bool SameProblems(List<Diagnostic> problems, int kept) =>
        problems.Count == Problems.Count
        && problems.Skip(kept).Select(p => p.ToString()).Order(StringComparer.Ordinal)
            .SequenceEqual(Problems.Except(problems.Take(kept)).Select(p => p.ToString()).Order(StringComparer.Ordinal), StringComparer.Ordinal);

    private static bool IsAtOrBelow(string path, string folder) =>
        path.StartsWith(folder, StringComparison.Ordinal) && (path.Length == folder.Length || path[folder.Length] == '/');

    /// <summary>The names in one folder, without those that start with a dot; an unreadable folder is a problem.</summary>
    private static List<string> Names(string root, string folder, List<Diagnostic> problems)
    {
        var path = folder.Length == 0 ? root : Path.Combine(root, folder);
        var at = SourceLocation.StartOf(SourcePath.Given(InputReader.DisplayPath(root, folder.Length == 0 ? "." : folder + "/")));
        if (!FileSystemEntries.CanRead(path))
        {
            problems.Add(Diagnostic.Error(at, DiagnosticCodes.CannotRead, "cannot read folder: permission denied"));
            return [];
        }

        try
        {
            var options = new EnumerationOptions { IgnoreInaccessible = false, AttributesToSkip = 0 };
            var names = new System.IO.Enumeration.FileSystemEnumerable<string>(path, (ref entry) => entry.FileName.ToString(), options)
            {
                ShouldIncludePredicate = (ref entry) => !entry.FileName.StartsWith('.'),
            };
            return [.. names];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(Diagnostic.Error(at, DiagnosticCodes.CannotRead, $"cannot read folder: {ex.Message}"));
            return [];
        }
    }
}
