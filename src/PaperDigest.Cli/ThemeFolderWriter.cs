namespace PaperDigest.Cli;

/// <summary>
/// Writes files into a theme folder all or nothing: every file first goes to a hidden temporary file beside its
/// place (creating folders as needed); only when all are written are they moved into place. A failure before that
/// removes the temporary files and the folders made for them, so the folder is left as it was.
/// </summary>
internal static class ThemeFolderWriter
{
    /// <summary>Whether something is at <paramref name="path"/>: a file, a folder, or a symbolic link, even one to nothing.</summary>
    public static bool Occupied(string path) =>
        File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;

    /// <summary>
    /// Writes each file at its relative path under <paramref name="folder"/>; null, or why nothing was written.
    /// Moving the written files into place may still throw, as any file operation can.
    /// </summary>
    public static string? Write(string folder, IReadOnlyList<(string Relative, byte[] Bytes)> files)
    {
        var created = new List<string>();
        var staged = new List<(string Temporary, string Target)>();
        try
        {
            foreach (var (relative, bytes) in files)
            {
                var target = Path.Combine(folder, relative);
                var parent = Path.GetDirectoryName(target)!;
                CreateFolder(parent, created);
                var temporary = Path.Combine(parent, "." + Path.GetFileName(target) + ".eject-tmp");
                staged.Add((temporary, target));
                File.WriteAllBytes(temporary, bytes);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Undo(staged, created);
            return ex.Message;
        }

        foreach (var (temporary, target) in staged)
        {
            // Replaces a link at the target rather than writing through it.
            File.Move(temporary, target, overwrite: true);
        }

        return null;
    }

    /// <summary>Creates a folder and any missing folders above it, remembering each one made, outermost first.</summary>
    private static void CreateFolder(string folder, List<string> created)
    {
        var missing = new Stack<string>();
        for (var dir = folder; dir.Length > 0 && !Directory.Exists(dir); dir = Path.GetDirectoryName(dir) ?? "")
        {
            missing.Push(dir);
        }

        while (missing.Count > 0)
        {
            var dir = missing.Pop();
            if (Path.Exists(dir))
            {
                throw new IOException($"'{dir}' is a file, not a folder");
            }

            Directory.CreateDirectory(dir);
            created.Add(dir);
        }
    }

    private static void Undo(List<(string Temporary, string Target)> staged, List<string> created)
    {
        foreach (var (temporary, _) in staged)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }

        for (var i = created.Count - 1; i >= 0; i--)
        {
            try
            {
                Directory.Delete(created[i]);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }
    }
}
