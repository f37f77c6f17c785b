using PaperDigest.Reading;

namespace PaperDigest.Diagnostics;

/// <summary>
/// Which file something was read from. A file of the input folder is named by its path inside the folder
/// (<see cref="Path"/>) and, apart, the folder as this run was given it (<see cref="InputRoot"/>), which only names the file
/// in messages: keys and caches take the path inside the folder alone, so a digest built from another folder name,
/// another working directory or another checkout keeps them. A file outside the input folder (a theme's, an imported
/// BibTeX file) has no <see cref="InputRoot"/> and is named by its path as given.
/// </summary>
internal readonly record struct SourcePath(string Path, string? InputRoot = null)
{
    /// <summary>A file named by its path as given, outside the input folder.</summary>
    public static implicit operator SourcePath(string path) => new(path);

    /// <summary>The file in <paramref name="inputRoot"/> at <paramref name="relativePath"/> inside it.</summary>
    public static SourcePath InInput(string inputRoot, string relativePath) => new(relativePath, inputRoot);

    public bool IsInInput => InputRoot is not null;

    /// <summary>
    /// Whether the two are the same file of a digest: the same path inside the input folder (or the same path given, for
    /// a file outside it). How this run named the folder is how messages show the file, not which file it is.
    /// </summary>
    public bool Equals(SourcePath other) => Path == other.Path && IsInInput == other.IsInInput;

    public override int GetHashCode() => HashCode.Combine(Path, IsInInput);

    /// <summary>How messages name the file: the input folder as given this run, then the path inside it.</summary>
    public override string ToString() => InputRoot is null ? Path : InputReader.DisplayPath(InputRoot, Path);
}
