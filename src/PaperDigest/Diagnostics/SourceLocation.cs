namespace PaperDigest.Diagnostics;

/// <summary>A place in an input file. Line and column are 1-based; line 1 of an entry is its opening <c>---</c>.</summary>
internal readonly record struct SourceLocation(SourcePath File, int Line, int Column)
{
    public static SourceLocation StartOf(SourcePath file) => new(file, 1, 1);

    /// <summary>How messages name the file (see <see cref="SourcePath.ToString"/>).</summary>
    public string Path => File.ToString();

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
