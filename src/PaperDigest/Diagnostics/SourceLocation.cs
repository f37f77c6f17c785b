namespace PaperDigest.Diagnostics;

/// <summary>A place in an input file. Line and column are 1-based; line 1 of an entry is its opening <c>---</c>.</summary>
internal readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation StartOf(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
