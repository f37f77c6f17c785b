using PaperDigest.Theming;

namespace PaperDigest.Cli;

/// <summary>
/// What <c>theme list</c> prints: each file of the theme on a line (layout, templates, partials, assets, fonts, the README,
/// then anything else) with where it comes from, then the folder overrides apply from.
/// </summary>
internal static class ThemeListing
{
    private static readonly string[] Groups = ["layouts/", "templates/", "partials/", "assets/", "fonts/", "README.md"];

    public static IEnumerable<string> Lines(ThemeFiles files)
    {
        var width = files.Origins.Keys.Max(f => f.Length) + 2;
        foreach (var file in Ordered(files.Origins.Keys))
        {
            var origin = files.Origins[file];
            yield return file.PadRight(width) + (origin == ThemeFileOrigin.BuiltIn ? "built-in" : $"{files.Display(file)}  ({Note(file)})");
        }

        yield return Summary(files);
    }

    /// <summary>Theme files in the order the listing shows them.</summary>
    public static IEnumerable<string> Ordered(IEnumerable<string> files) =>
        files.OrderBy(Group).ThenBy(f => f, StringComparer.Ordinal);

    /// <summary>What a file of the theme folder does: replace a built-in file, add one, or nothing.</summary>
    private static string Note(string file)
    {
        if (BuiltInTheme.Files.ContainsKey(file))
        {
            return "overrides the built-in file";
        }

        if (file.EndsWith(".hbs", StringComparison.Ordinal))
        {
            return "Handlebars, refused by the build: see README.md, \"Moving from Handlebars\"";
        }

        var inFolder = file.IndexOf('/', StringComparison.Ordinal) is var slash and > 0 ? file[..(slash + 1)] : "";
        var isTemplate = file.EndsWith(ThemeContract.Extension, StringComparison.Ordinal) && file.IndexOf('/', inFolder.Length) < 0;
        return inFolder switch
        {
            "assets/" => "added",
            "partials/" when isTemplate => "added",
            "templates/" when isTemplate => "added, but the build renders no page with it",
            _ => "not used by the build",
        };
    }

    private static string Summary(ThemeFiles files)
    {
        var folder = ThemeCommand.Display(files.Folder, "");
        if (!Directory.Exists(files.Folder))
        {
            return $"Overrides apply from {folder}, which does not exist yet: 'paperdigest theme eject FILE' copies a built-in file there to edit.";
        }

        var own = files.Origins.Where(o => o.Value == ThemeFileOrigin.Folder).Select(o => o.Key).ToList();
        var overriding = own.Count(BuiltInTheme.Files.ContainsKey);
        var added = own.Count - overriding;
        var parts = new List<string>();
        if (overriding > 0)
        {
            parts.Add($"{Files(overriding)} {(overriding == 1 ? "overrides" : "override")} the built-in theme");
        }

        if (added > 0)
        {
            parts.Add($"{Files(added)} {(added == 1 ? "is" : "are")} not in {(overriding > 0 ? "it" : "the built-in theme")}");
        }

        return parts.Count == 0
            ? $"Overrides apply from {folder}, which holds no theme files yet."
            : $"Overrides apply from {folder}: {string.Join(", ", parts)}.";
    }

    private static string Files(int count) => count == 1 ? "1 file" : $"{count} files";

    private static int Group(string file)
    {
        var index = Array.FindIndex(Groups, g => g.EndsWith('/') ? file.StartsWith(g, StringComparison.Ordinal) : file == g);
        return index < 0 ? Groups.Length : index;
    }
}
