namespace PaperDigest.Building;

/// <summary>What to build from and to.</summary>
/// <param name="Strict">Check every internal link and fragment of the written site before it replaces the output.</param>
/// <param name="CacheRoot">The build cache folder; null means the default beside the output folder (see <see cref="Writing.StagedOutput.DefaultCacheFolder"/>).</param>
/// <param name="Clean">Ignore the build cache: build and write the whole site afresh.</param>
/// <param name="Today">Overrides the clock's date for the future-date check (tests); null means today in the digest's time zone.</param>
internal sealed record BuildOptions(
    string InputRoot,
    string ThemeRoot,
    string OutputRoot,
    bool IncludeDrafts = false,
    Uri? BaseUrl = null,
    DateOnly? Today = null,
    bool Strict = false,
    string? CacheRoot = null,
    bool Clean = false)
{
    /// <summary>Renders every template with Scriban's interpreter instead of its compiled form (the two give the same pages; tests compare them).</summary>
    public bool InterpretTemplates { get; init; }

    /// <summary>
    /// Figures and social cards made by earlier builds in this process, reused when made again from the same input
    /// (tests whose point is not drawing them; see <see cref="Incremental.MadeFileMemo"/>). Null: every file is made.
    /// </summary>
    public Incremental.MadeFileMemo? MadeFiles { get; init; }
}
