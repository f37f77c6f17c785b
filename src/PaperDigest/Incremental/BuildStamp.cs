using PaperDigest.Diagnostics;
using PaperDigest.Reading;

namespace PaperDigest.Incremental;

/// <summary>
/// Fingerprints of everything a build reads, each file read once: <see cref="Whole"/> covers all of it (a build
/// with the same whole stamp would write the same site), <see cref="Site"/> all but the entries (configuration,
/// tags, pages, static files, theme, options), <see cref="Rules"/> what parsing and rendering an entry depend on
/// besides the entry (site.yml, tags.yml, options), and <see cref="Entries"/> each entry file by its path inside the
/// input folder. None depends on where the input and theme folders are or how they were named.
/// </summary>
internal sealed record BuildStamp(Fingerprint Whole, Fingerprint Site, Fingerprint Rules, IReadOnlyDictionary<string, Fingerprint> Entries)
{
    /// <summary>The input folder's files and problems as <see cref="InputTree.Scan"/> found them, for the build to read from.</summary>
    public InputTree? Input { get; init; }

    /// <summary>The theme folder's files and problems, likewise.</summary>
    public InputTree? Theme { get; init; }

    /// <summary>The theme's files and the tool's version (which covers the built-in theme): what every page is rendered with besides its view.</summary>
    public Fingerprint ThemeFiles { get; init; }

    /// <summary>Changes whenever PaperDigest itself is rebuilt, so a new version never trusts an old cache.</summary>
    public static string ToolVersion { get; } = typeof(BuildStamp).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>Lists the input and theme folders and fingerprints every file, each read once (or not at all, if <paramref name="known"/>).</summary>
    public static FingerprintedFiles FingerprintFiles(string inputRoot, string themeRoot, InputFingerprints? known = null)
    {
        known ??= InputFingerprints.None;
        return FingerprintEach(InputTree.Scan(inputRoot), InputTree.Scan(themeRoot), (name, _, _, path) => known.Of(name, path));
    }

    /// <summary>
    /// The files of <paramref name="last"/> with only <paramref name="changed"/> looked at again (full paths of files or
    /// folders, as a file watcher names them): those are listed again, read and hashed, and every other file keeps the
    /// fingerprint it had without the file system being asked. A change to a root folder itself (what a watcher reports
    /// when it lost count) lists that folder again whole, as <see cref="FingerprintFiles"/> does.
    /// </summary>
    /// <param name="known">The fingerprints the last build noted; returned as they are, with the changed files noted, when
    /// the lists of files did not change (the usual edit), else continued (<see cref="InputFingerprints.Continue"/>).</param>
    public static (FingerprintedFiles Files, InputFingerprints Known) FingerprintChanges(FingerprintedFiles last, IReadOnlyCollection<string> changed, InputFingerprints known)
    {
        var (input, freshInput) = Rescan(last.Input, last.Fingerprints.Take(last.Input.Files.Count), changed);
        var (theme, freshTheme) = Rescan(last.Theme, last.Fingerprints.Skip(last.Input.Files.Count), changed);
        if (ReferenceEquals(input, last.Input) && ReferenceEquals(theme, last.Theme) && freshInput is not null && freshTheme is not null
            && Refreshed(last, freshInput, freshTheme, known) is { } same)
        {
            return (same, known);
        }

        known = known.Continue();
        return (FingerprintEach(input, theme, (name, tree, file, path) =>
        {
            var fresh = ReferenceEquals(tree, input) ? freshInput : freshTheme;
            return fresh is null || fresh.Contains(file) || !known.TryCarry(name, out var fingerprint)
                ? known.Of(name, path, again: fresh is not null)
                : fingerprint;
        }), known);
    }

    /// <summary>
    /// The files of <paramref name="last"/>, listed as they were, with the fresh ones read and hashed again; null when
    /// one of them, or of the last build's, could not be read (the whole list is made again then).
    /// </summary>
    private static FingerprintedFiles? Refreshed(FingerprintedFiles last, IReadOnlySet<string> freshInput, IReadOnlySet<string> freshTheme, InputFingerprints known)
    {
        var fingerprints = last.Fingerprints.ToArray();
        if (fingerprints.Any(f => f.IsNone))
        {
            return null;
        }

        foreach (var (tree, fresh, offset) in new[] { (last.Input, freshInput, 0), (last.Theme, freshTheme, last.Input.Files.Count) })
        {
            foreach (var file in fresh)
            {
                var index = offset + IndexOf(tree.Files, file);
                try
                {
                    fingerprints[index] = known.Of(InputFingerprints.Name(offset == 0, file), Path.Combine(tree.Root, file), again: true);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    return null;
                }
            }
        }

        return last with { Fingerprints = fingerprints };
    }

    /// <summary>The place of <paramref name="file"/> in <paramref name="files"/>, which are in ordinal order and hold it.</summary>
    private static int IndexOf(IReadOnlyList<string> files, string file)
    {
        var (low, high) = (0, files.Count - 1);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            (low, high) = string.CompareOrdinal(files[middle], file) < 0 ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>The tree with the changed paths inside it listed again, and the files listed afresh (relative to its root); null for a tree scanned whole.</summary>
    /// <param name="fingerprints">The tree's files' fingerprints: a file that could not be read is looked at again too.</param>
    private static (InputTree Tree, IReadOnlySet<string>? Fresh) Rescan(InputTree tree, IEnumerable<Fingerprint> fingerprints, IReadOnlyCollection<string> changed)
    {
        var root = Path.GetFullPath(tree.Root);
        var relative = tree.Files.Zip(fingerprints).Where(f => f.Second.IsNone).Select(f => f.First).ToList();
        foreach (var path in changed)
        {
            var inside = Path.GetRelativePath(root, Path.GetFullPath(path));
            if (inside == ".")
            {
                return (InputTree.Scan(tree.Root), null);
            }

            if (!inside.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(inside))
            {
                relative.Add(inside.Replace('\\', '/'));
            }
        }

        return relative.Count == 0 ? (tree, new HashSet<string>()) : tree.Rescan(relative);
    }

    /// <summary>
    /// Fingerprints every file of both trees with <paramref name="of"/> (given its name in <see cref="InputFingerprints"/>,
    /// its tree, its path in the tree and its path), in parallel.
    /// </summary>
    private static FingerprintedFiles FingerprintEach(InputTree input, InputTree theme, Func<string, InputTree, string, string, Fingerprint> of)
    {
        var fingerprints = new Fingerprint[input.Files.Count + theme.Files.Count];
        var unreadable = new Diagnostic?[fingerprints.Length];
        Parallel.For(0, fingerprints.Length, i =>
        {
            var (tree, file) = i < input.Files.Count ? (input, input.Files[i]) : (theme, theme.Files[i - input.Files.Count]);
            try
            {
                fingerprints[i] = of(InputFingerprints.Name(i < input.Files.Count, file), tree, file, Path.Combine(tree.Root, file));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                fingerprints[i] = Fingerprint.None;
                // Named as InputGate names the file when it is read, so the two reports of one unreadable file are one.
                unreadable[i] = Diagnostic.Error(SourceLocation.StartOf(SourcePath.Given(InputReader.DisplayPath(tree.Root, file))), DiagnosticCodes.CannotRead, $"cannot read file: {ex.Message}");
            }
        });

        return new FingerprintedFiles(
            WithProblems(input, unreadable.Take(input.Files.Count)), WithProblems(theme, unreadable.Skip(input.Files.Count)), fingerprints);
    }

    private static InputTree WithProblems(InputTree tree, IEnumerable<Diagnostic?> more)
    {
        var added = more.OfType<Diagnostic>().ToList();
        return added.Count == 0 ? tree : tree with { Problems = [.. tree.Problems, .. added] };
    }

    /// <param name="settings">The build options that change the output (drafts, base URL, the day of the build...), as text.</param>
    public static BuildStamp Of(FingerprintedFiles files, string settings)
    {
        var whole = new KeyBuilder("whole").Add(ToolVersion).Add(settings);
        var site = new KeyBuilder("site").Add(ToolVersion).Add(settings);
        var rules = new KeyBuilder("rules").Add(ToolVersion).Add(settings);
        var themeFiles = new KeyBuilder("theme").Add(ToolVersion);
        var entries = new Dictionary<string, Fingerprint>(StringComparer.Ordinal);
        // A problem (a refused link, an unreadable file) fails the build, so its stamp must never match a good one.
        foreach (var problem in files.Input.Problems.Concat(files.Theme.Problems))
        {
            whole.Add("problem").Add(problem.ToString());
        }

        for (var i = 0; i < files.Input.Files.Count; i++)
        {
            var (file, fingerprint) = (files.Input.Files[i], files.Fingerprints[i]);
            whole.Add("input").Add(file).Add(fingerprint);
            if (file.StartsWith("papers/", StringComparison.Ordinal))
            {
                entries[file] = fingerprint;
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

        for (var i = 0; i < files.Theme.Files.Count; i++)
        {
            var (file, fingerprint) = (files.Theme.Files[i], files.Fingerprints[files.Input.Files.Count + i]);
            whole.Add("theme").Add(file).Add(fingerprint);
            site.Add("theme").Add(file).Add(fingerprint);
            themeFiles.Add(file).Add(fingerprint);
        }

        return new BuildStamp(whole.Build(), site.Build(), rules.Build(), entries) { Input = files.Input, Theme = files.Theme, ThemeFiles = themeFiles.Build() };
    }
}
