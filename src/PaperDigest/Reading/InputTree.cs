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
        var folders = new Stack<string>();
        folders.Push("");
        while (folders.Count > 0)
        {
            var folder = folders.Pop();
            var names = Names(root, folder, problems);
            foreach (var name in names)
            {
                var relative = folder.Length == 0 ? name : folder + "/" + name;
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
        }

        files.Sort(StringComparer.Ordinal);
        problems.Sort((a, b) => string.CompareOrdinal(a.Location.Path, b.Location.Path));
        return new InputTree(root, files, problems);
    }

    /// <summary>The files below <paramref name="folder"/> (spelt exactly so) with the given extension (any case).</summary>
    public IReadOnlyList<string> In(string folder, string? extension)
    {
        var prefix = folder is "" or "." ? "" : folder + "/";
        return Files.Where(f => f.StartsWith(prefix, StringComparison.Ordinal) && (extension is null || f.EndsWith(extension, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    /// <summary>The names in one folder, without those that start with a dot; an unreadable folder is a problem.</summary>
    private static List<string> Names(string root, string folder, List<Diagnostic> problems)
    {
        var path = folder.Length == 0 ? root : Path.Combine(root, folder);
        var at = SourceLocation.StartOf(InputReader.DisplayPath(root, folder.Length == 0 ? "." : folder + "/"));
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
