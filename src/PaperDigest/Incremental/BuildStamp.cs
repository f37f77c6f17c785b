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

    /// <summary>Lists the input and theme folders and fingerprints every file, each read once (or not at all, if <paramref name="known"/>).</summary>
    public static FingerprintedFiles FingerprintFiles(string inputRoot, string themeRoot, InputFingerprints? known = null)
    {
        known ??= InputFingerprints.None;
        var input = InputReader.List(inputRoot, ".", null);
        var theme = InputReader.List(themeRoot, ".", null);
        var fingerprints = new Fingerprint[input.Count + theme.Count];
        Parallel.For(0, fingerprints.Length, i =>
        {
            try
            {
                fingerprints[i] = known.Of(i < input.Count ? Path.Combine(inputRoot, input[i]) : Path.Combine(themeRoot, theme[i - input.Count]));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Unreadable now: the build itself reports it; the stamp only has to differ from any earlier one.
                fingerprints[i] = Fingerprint.None;
            }
        });

        return new FingerprintedFiles(inputRoot, themeRoot, input, theme, fingerprints);
    }

    /// <param name="settings">The build options that change the output (drafts, base URL, the day of the build...), as text.</param>
    public static BuildStamp Of(FingerprintedFiles files, string settings)
    {
        var whole = new KeyBuilder("whole").Add(ToolVersion).Add(settings);
        var site = new KeyBuilder("site").Add(ToolVersion).Add(settings);
        var rules = new KeyBuilder("rules").Add(ToolVersion).Add(settings);
        var entries = new Dictionary<string, Fingerprint>(StringComparer.Ordinal);
        for (var i = 0; i < files.Input.Count; i++)
        {
            var (file, fingerprint) = (files.Input[i], files.Fingerprints[i]);
            whole.Add("input").Add(file).Add(fingerprint);
            if (file.StartsWith("papers/", StringComparison.Ordinal))
            {
                entries[InputReader.DisplayPath(files.InputRoot, file)] = fingerprint;
            }
            else
            {
                site.Add("input").Add(file).Add(fingerprint);
            }

            if (file is "site.yml" or "tags.yml")
            {
                rules.Add(file).Add(fingerprint);
            }
        }

        for (var i = 0; i < files.Theme.Count; i++)
        {
            var (file, fingerprint) = (files.Theme[i], files.Fingerprints[files.Input.Count + i]);
            whole.Add("theme").Add(file).Add(fingerprint);
            site.Add("theme").Add(file).Add(fingerprint);
        }

        return new BuildStamp(whole.Build(), site.Build(), rules.Build(), entries) { InputFiles = files.Input };
    }
}
