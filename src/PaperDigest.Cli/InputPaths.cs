namespace PaperDigest.Cli;

/// <summary>Checks the folders a command was given before anything is read: mistakes here are usage errors (exit 2).</summary>
internal static class InputPaths
{
    public static string? Problem(string input, string? theme, string? output)
    {
        if (!Directory.Exists(input))
        {
            return $"input folder '{input}' does not exist (pass --input to name the digest's folder)";
        }

        if (theme is not null && !Directory.Exists(theme))
        {
            return $"theme folder '{theme}' does not exist (pass --theme to name it)";
        }

        if (output is null)
        {
            return null;
        }

        var fullOutput = Full(output);
        foreach (var (name, folder) in new[] { ("input", input), ("theme", theme) })
        {
            if (folder is null)
            {
                continue;
            }

            var full = Full(folder);
            if (Inside(full, fullOutput) || Inside(fullOutput, full))
            {
                return $"output folder '{output}' overlaps the {name} folder '{folder}'; choose another --output";
            }
        }

        if (File.Exists(output))
        {
            return $"output '{output}' is a file, not a folder";
        }

        if (!PaperDigest.Writing.StagedOutput.CanReplace(output))
        {
            return $"output folder '{output}' has files PaperDigest did not write; empty it or choose another --output";
        }

        return null;
    }

    private static string Full(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    private static bool Inside(string inner, string outer) => inner.StartsWith(outer, StringComparison.Ordinal);
}
