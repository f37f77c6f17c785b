using PaperDigest.Reading;

namespace PaperDigest.Incremental;

/// <summary>
/// Fingerprints of everything a build reads, each file read once: <see cref="Whole"/> covers all of it (a build
/// with the same whole stamp would write the same site), <see cref="Site"/> all but the entries (configuration,
/// tags, pages, static files, theme, options), <see cref="Rules"/> what parsing and rendering an entry depend on
/// besides the entry (site.yml, tags.yml, options), and <see cref="Entries"/> each entry file by its display path.
/// </summary>
public sealed record BuildStamp(Fingerprint Whole, Fingerprint Site, Fingerprint Rules, IReadOnlyDictionary<string, Fingerprint> Entries)
{
    /// <summary>Every file of the input folder as <c>InputReader.List(inputRoot, ".", null)</c> gives it, for the build to read from.</summary>
    public IReadOnlyList<string>? InputFiles { get; init; }

    /// <summary>Changes whenever PaperDigest itself is rebuilt, so a new version never trusts an old cache.</summary>
    public static string ToolVersion { get; } = typeof(BuildStamp).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <param name="settings">The build options that change the output (drafts, base URL, the day of the build...), as text.</param>
    /// <param name="known">The last build's fingerprints, for files whose size and time have not changed.</param>
    public static BuildStamp Compute(string inputRoot, string themeRoot, string settings, InputFingerprints? known = null)
    {
        known ??= InputFingerprints.None;
        var inputFiles = InputReader.List(inputRoot, ".", null);
        var inputs = inputFiles.Select(f => (Root: inputRoot, File: f, Entry: f.StartsWith("papers/", StringComparison.Ordinal)));
        var theme = InputReader.List(themeRoot, ".", null).Select(f => (Root: themeRoot, File: f, Entry: false));
        var files = inputs.Concat(theme).ToList();
        var fingerprints = new Fingerprint[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            try
            {
                fingerprints[i] = known.Of(Path.Combine(files[i].Root, files[i].File));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Unreadable now: the build itself reports it; the stamp only has to differ from any earlier one.
                fingerprints[i] = Fingerprint.None;
            }
        });

        var whole = new KeyBuilder("whole").Add(ToolVersion).Add(settings);
        var site = new KeyBuilder("site").Add(ToolVersion).Add(settings);
        var rules = new KeyBuilder("rules").Add(ToolVersion).Add(settings);
        var entries = new Dictionary<string, Fingerprint>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            var (root, file, entry) = files[i];
            whole.Add(root == themeRoot ? "theme" : "input").Add(file).Add(fingerprints[i]);
            if (entry)
            {
                entries[InputReader.DisplayPath(inputRoot, file)] = fingerprints[i];
            }
            else
            {
                site.Add(root == themeRoot ? "theme" : "input").Add(file).Add(fingerprints[i]);
            }

            if (root != themeRoot && file is "site.yml" or "tags.yml")
            {
                rules.Add(file).Add(fingerprints[i]);
            }
        }

        return new BuildStamp(whole.Build(), site.Build(), rules.Build(), entries) { InputFiles = inputFiles };
    }
}
