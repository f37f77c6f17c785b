namespace PaperDigest.Diagnostics;

/// <summary>The input and theme folders as this run was given them: what a location read from a cache is shown under.</summary>
internal sealed record SourceRoots(string Input, string Theme)
{
    /// <summary>The file at <paramref name="path"/> inside <paramref name="folder"/>, named under this run's folders.</summary>
    public SourcePath Of(string path, SourceFolder folder) => folder switch
    {
        SourceFolder.Input => SourcePath.InInput(Input, path),
        SourceFolder.Theme => SourcePath.InTheme(Theme, path),
        _ => new SourcePath(path),
    };
}
