using PaperDigest.Reading;

namespace PaperDigest.Diagnostics;

/// <summary>
/// Which file something was read from. A file of the input or theme folder is named by its folder
/// (<see cref="Folder"/>) and its path inside it (<see cref="Path"/>), and, apart, by the folder as this run was given it
/// (<see cref="Root"/>), which only names the file in messages: the build cache takes the folder and the path inside it
/// alone, so a digest built from another folder name, another working directory or another checkout keeps them. Any
/// other file (an imported BibTeX file, the built-in theme's) is named by its path as given.
/// </summary>
internal readonly record struct SourcePath(string Path, SourceFolder Folder = SourceFolder.None, string? Root = null)
{
    /// <summary>
    /// A file named by its path as given, in neither folder: for tests' made-up files. The library names every file
    /// with <see cref="InInput"/>, <see cref="InTheme"/> or <see cref="Given"/>, so that a file of the input or theme
    /// folder is never named by the folder's name by mistake.
    /// </summary>
    [Obsolete("Name a file of the input or theme folder with SourcePath.InInput or SourcePath.InTheme, and any other with SourcePath.Given.")]
    public static implicit operator SourcePath(string path) => new(path);

    /// <summary>A file named by its path as given, in neither folder (an imported file, the built-in theme's, the output's).</summary>
    public static SourcePath Given(string path) => new(path);

    /// <summary>The file at <paramref name="relativePath"/> inside the input folder, given this run as <paramref name="inputRoot"/>.</summary>
    public static SourcePath InInput(string inputRoot, string relativePath) => new(relativePath, SourceFolder.Input, inputRoot);

    /// <summary>The file at <paramref name="relativePath"/> inside the theme folder, given this run as <paramref name="themeRoot"/>.</summary>
    public static SourcePath InTheme(string themeRoot, string relativePath) => new(relativePath, SourceFolder.Theme, themeRoot);

    /// <summary>
    /// Whether the two are the same file of a digest: the same path inside the same folder (or the same path given,
    /// for a file in neither). How this run named the folder is how messages show the file, not which file it is.
    /// </summary>
    public bool Equals(SourcePath other) => Path == other.Path && Folder == other.Folder;

    public override int GetHashCode() => HashCode.Combine(Path, Folder);

    /// <summary>How messages name the file: its folder as given this run, then the path inside it.</summary>
    public override string ToString() => Root is null ? Path : InputReader.DisplayPath(Root, Path);
}
