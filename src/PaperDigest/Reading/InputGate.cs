using PaperDigest.Diagnostics;

namespace PaperDigest.Reading;

/// <summary>
/// The one rule for every file a build reads from the input or theme folder: a regular file, or a symbolic link to
/// a regular file, whose real path lies inside the folder. Anything else (a link that leaves the folder or leads
/// to a folder, a FIFO, a device, a socket) is refused with a diagnostic naming the path, before it is opened;
/// a file is read up to its stated size and no further.
/// </summary>
internal static class InputGate
{
    /// <summary>Why <paramref name="relativePath"/> below <paramref name="root"/> may not be read; null when it may.</summary>
    /// <param name="realRoot">The real path of <paramref name="root"/> (see <see cref="FileSystemEntries.RealPath"/>).</param>
    public static Diagnostic? Refusal(string root, string realRoot, string relativePath)
    {
        var full = Path.Combine(root, relativePath);
        var at = SourceLocation.StartOf(SourcePath.Given(InputReader.DisplayPath(root, relativePath)));
        var kind = FileSystemEntries.KindOf(full);
        switch (kind)
        {
            case FileKind.Missing:
                return Diagnostic.Error(at, DiagnosticCodes.CannotRead, "cannot read file: it does not exist");
            case FileKind.Folder:
                return Diagnostic.Error(at, DiagnosticCodes.NotARegularFile, "is a folder where a file was expected");
            case FileKind.Special:
                return Diagnostic.Error(at, DiagnosticCodes.NotARegularFile,
                    $"is {FileSystemEntries.Describe(full)}; only regular files are read from {FolderName(root)}");
        }

        // A plain file still has its folders checked: one of them may be a link that leads elsewhere.
        var link = kind == FileKind.SymbolicLink ? $"a symbolic link to '{LinkText(full)}'" : "in a linked folder";
        var real = FileSystemEntries.RealPath(full);
        if (real is null)
        {
            return Diagnostic.Error(at, DiagnosticCodes.InputLink, $"is {link} that leads nowhere (it is broken or loops)");
        }

        if (!FileSystemEntries.IsInside(real, realRoot))
        {
            return Diagnostic.Error(at, DiagnosticCodes.InputLink,
                $"is {link} that leads outside {FolderName(root)}; links may only lead to files inside it");
        }

        return FileSystemEntries.TargetKindOf(real) switch
        {
            FileKind.RegularFile => FileSystemEntries.CanRead(real) ? null
                : Diagnostic.Error(at, DiagnosticCodes.CannotRead, "cannot read file: permission denied"),
            FileKind.Folder => Diagnostic.Error(at, DiagnosticCodes.InputLink,
                $"is {link} that leads to a folder; links to folders are not followed (move or copy the folder here)"),
            _ => Diagnostic.Error(at, DiagnosticCodes.NotARegularFile,
                $"is {link} that leads to {FileSystemEntries.Describe(real)}; only regular files are read from {FolderName(root)}"),
        };
    }

    /// <summary>
    /// Reads a file the rule admits, at most <paramref name="maxBytes"/> and never past the size the file states when
    /// opened; a refusal, a file over the limit or a read error becomes a diagnostic and the result is null.
    /// </summary>
    public static byte[]? ReadBytes(string root, string relativePath, long maxBytes, DiagnosticBag diagnostics)
    {
        var at = SourceLocation.StartOf(SourcePath.Given(InputReader.DisplayPath(root, relativePath)));
        var realRoot = FileSystemEntries.RealPath(root);
        if (realRoot is null)
        {
            diagnostics.Error(at, DiagnosticCodes.CannotRead, $"cannot read file: {FolderName(root)} does not exist");
            return null;
        }

        if (Refusal(root, realRoot, relativePath) is { } refusal)
        {
            diagnostics.Add(refusal);
            return null;
        }

        try
        {
            var full = Path.Combine(root, relativePath);
            var length = new FileInfo(full).Length;
            if (length > maxBytes)
            {
                diagnostics.Error(at, DiagnosticCodes.FileTooLarge, $"file is {length:N0} bytes; an input file may be at most {maxBytes:N0} bytes");
                return null;
            }

            return ReadStatedSize(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(at, DiagnosticCodes.CannotRead, $"cannot read file: {ex.Message}");
            return null;
        }
    }

    /// <summary>
    /// Reads a file the rule admits (see <see cref="Refusal"/>) up to the size it states when opened, never further:
    /// a file that grows while it is read adds nothing.
    /// </summary>
    internal static byte[] ReadStatedSize(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var bytes = new byte[RandomAccess.GetLength(handle)];
        var read = 0;
        while (read < bytes.Length)
        {
            var count = RandomAccess.Read(handle, bytes.AsSpan(read), read);
            if (count == 0)
            {
                // The file shrank while it was read: keep what it still had.
                return bytes[..read];
            }

            read += count;
        }

        return bytes;
    }

    /// <summary>What the link says it points to, as its author wrote it.</summary>
    internal static string LinkText(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget ?? path;
        }
        catch (IOException)
        {
            return path;
        }
    }

    /// <summary>The folder as the user named it, for messages: <c>'input'</c>, <c>'theme'</c>.</summary>
    private static string FolderName(string root) =>
        $"'{(root.Replace('\\', '/').TrimEnd('/') is { Length: > 0 } named ? named : "/")}'";
}
