using PaperDigest.Diagnostics;
using PaperDigest.Reading;

namespace PaperDigest.Theming;

/// <summary>
/// The files a theme is made of: the built-in theme, with each file the digest's theme folder holds at the same
/// relative path in its place. The folder may be absent (then the built-in theme is used as it is) and may hold
/// only the files it changes.
/// </summary>
internal sealed class ThemeFiles
{
    private readonly SortedDictionary<string, ThemeFileOrigin> origins;
    private readonly InputTree tree;

    private ThemeFiles(InputTree tree, SortedDictionary<string, ThemeFileOrigin> origins)
    {
        this.tree = tree;
        this.origins = origins;
    }

    /// <summary>The theme folder (which need not exist).</summary>
    public string Folder => tree.Root;

    /// <summary>The folder's own problems: links that leave it, special files, unreadable entries.</summary>
    public IReadOnlyList<Diagnostic> Problems => tree.Problems;

    /// <summary>Every file of the theme by its relative path, in ordinal order, with where it comes from.</summary>
    public IReadOnlyDictionary<string, ThemeFileOrigin> Origins => origins;

    /// <summary>The built-in theme overlaid with the folder's files (scanned here unless given).</summary>
    public static ThemeFiles Overlay(string folder, InputTree? tree = null)
    {
        tree ??= InputTree.Scan(folder);
        var origins = new SortedDictionary<string, ThemeFileOrigin>(StringComparer.Ordinal);
        foreach (var file in BuiltInTheme.Files.Keys)
        {
            origins[file] = ThemeFileOrigin.BuiltIn;
        }

        foreach (var file in tree.Files)
        {
            origins[file] = ThemeFileOrigin.Folder;
        }

        return new ThemeFiles(tree, origins);
    }

    /// <summary>The files directly inside <paramref name="folder"/> ending with <paramref name="extension"/>.</summary>
    public IEnumerable<string> In(string folder, string extension) =>
        origins.Keys.Where(f => f.StartsWith(folder + "/", StringComparison.Ordinal)
            && f.IndexOf('/', folder.Length + 1) < 0
            && f.EndsWith(extension, StringComparison.Ordinal));

    /// <summary>How messages name a file: its path in the theme folder, or in the built-in theme.</summary>
    public SourcePath Display(string relative) =>
        origins.GetValueOrDefault(relative) == ThemeFileOrigin.Folder || !origins.ContainsKey(relative)
            ? SourcePath.InTheme(tree.Root, relative)
            : SourcePath.Given($"{BuiltInTheme.DisplayRoot}/{relative}");

    /// <summary>A file's bytes; null when it is missing or the folder refused it (a diagnostic is added for the latter).</summary>
    public byte[]? Read(string relative, long maxBytes, DiagnosticBag diagnostics)
    {
        if (!origins.TryGetValue(relative, out var origin))
        {
            return null;
        }

        if (origin == ThemeFileOrigin.BuiltIn)
        {
            return BuiltInTheme.Files[relative];
        }

        // The folder's problems name files as messages do.
        var shown = Display(relative).ToString();
        return Problems.Any(p => p.Location.Path == shown) ? null : InputGate.ReadBytes(tree.Root, relative, maxBytes, diagnostics);
    }
}
