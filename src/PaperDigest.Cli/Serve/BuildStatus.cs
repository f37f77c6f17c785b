namespace PaperDigest.Cli.Serve;

/// <summary>
/// The state of the dev server after its latest build, as served by <c>/__paperdigest/status</c> and pushed to open
/// pages.
/// </summary>
/// <param name="Build">How many builds have finished since the server started (1 after the first).</param>
/// <param name="Succeeded">Whether the latest build succeeded; when not, the last good site is still served.</param>
/// <param name="Version">
/// The site being served: the server's instance id and the number of the build that wrote it; null until a build
/// succeeds. A page whose version differs is stale and reloads.
/// </param>
/// <param name="Summary">The one-line summary printed to the console.</param>
/// <param name="Diagnostics">Every diagnostic of the latest build (errors and warnings).</param>
internal sealed record BuildStatus(
    int Build,
    bool Succeeded,
    string? Version,
    string Summary,
    long ElapsedMilliseconds,
    IReadOnlyList<StatusDiagnostic> Diagnostics)
{
    /// <summary>
    /// The open pages (by site path) that the build left as they were in <see cref="UnchangedSince"/>: a page of that
    /// version takes this one without reloading. Not sent to pages (they get an <c>unchanged</c> event instead).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> Unchanged { get; init; } = [];

    /// <summary>The version served when the build started, which <see cref="Unchanged"/> pages show.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? UnchangedSince { get; init; }

    /// <summary>Before the first build has finished.</summary>
    public static BuildStatus NotBuilt { get; } = new(0, false, null, "not built yet", 0, []);
}
