using PaperDigest.Writing;

namespace PaperDigest.Cli;

/// <summary>
/// The rules an output folder must meet before anything is written, compared on real paths (every symbolic link
/// resolved): a build replaces the folder as a whole and keeps its cache, staging and lock beside it, so it must
/// never land on or around the digest, the theme, the home folder or a folder PaperDigest did not make.
/// </summary>
internal static class OutputPaths
{
    /// <summary>What is wrong with <paramref name="output"/> as the output folder, or null when it may be used.</summary>
    public static string? Problem(string output, string input, string? theme)
    {
        if (string.IsNullOrWhiteSpace(output))
        {
            return "--output is empty; name the folder to build the site into";
        }

        var real = RealPath.Of(output);
        if (real is null)
        {
            return $"output '{output}' cannot be resolved: its path is a loop of symbolic links";
        }

        if (RealPath.IsLink(output))
        {
            return $"output '{output}' is a symbolic link (to '{real}'); pass the folder itself as --output";
        }

        if (File.Exists(real) || (Path.Exists(real) && !Directory.Exists(real)))
        {
            return $"output '{output}' is a file, not a folder";
        }

        var parent = Path.GetDirectoryName(real);
        if (parent is null)
        {
            return $"output '{output}' is the root of the file system";
        }

        var protectedFolders = new List<(string Name, string Given)> { ("input", input), ("current", ".") };
        if (theme is not null)
        {
            protectedFolders.Add(("theme", theme));
        }

        if (Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home)
        {
            protectedFolders.Add(("home", home));
        }

        foreach (var (name, given) in protectedFolders)
        {
            if (RealPath.Of(given) is not { } folder)
            {
                continue;
            }

            if (real.Equals(folder, RealPath.Comparison))
            {
                return $"output '{output}' is the {name} folder; choose another --output";
            }

            if (RealPath.IsAtOrInside(folder, real))
            {
                return $"output '{output}' contains the {name} folder '{given}', which replacing it would delete; choose another --output";
            }

            if (name is "input" or "theme" && RealPath.IsAtOrInside(real, folder))
            {
                return $"output '{output}' is inside the {name} folder '{given}', which the build reads; choose another --output";
            }

            if (name is "input" or "theme" && WorkingFolderHolding(folder, parent, Path.GetFileName(real)) is { } working)
            {
                return $"the {name} folder '{given}' is inside '{working}', where a build into '{output}' keeps its cache and staging; choose another --output";
            }
        }

        if (EnclosingSite(parent) is { } site)
        {
            return $"output '{output}' is inside '{site}', a site PaperDigest built, which the next build of it would delete; choose another --output";
        }

        if (!StagedOutput.CanReplace(real))
        {
            return $"output folder '{output}' holds files PaperDigest did not write (it has no {StagedOutput.MarkerFile} file); nothing was changed. Empty it or choose another --output";
        }

        return null;
    }

    /// <summary>The folder beside the output named <c>.NAME.pd-…</c> (the build's cache, staging, retired site or lock) that <paramref name="folder"/> is in, if any.</summary>
    private static string? WorkingFolderHolding(string folder, string parent, string name)
    {
        if (!RealPath.IsAtOrInside(folder, parent) || folder.Length == parent.Length)
        {
            return null;
        }

        var first = Path.GetRelativePath(parent, folder).Split(Path.DirectorySeparatorChar)[0];
        return first.StartsWith($".{name}.pd-", RealPath.Comparison) ? Path.Join(parent, first) : null;
    }

    /// <summary>The nearest folder at or above <paramref name="folder"/> holding a PaperDigest output marker.</summary>
    private static string? EnclosingSite(string folder)
    {
        for (var current = folder; current is not null; current = Path.GetDirectoryName(current))
        {
            if (File.Exists(Path.Join(current, StagedOutput.MarkerFile)))
            {
                return current;
            }
        }

        return null;
    }
}
