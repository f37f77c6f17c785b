using PaperDigest.Incremental;
using PaperDigest.Theming;
using PaperDigest.Writing;

namespace PaperDigest.Building;

/// <summary>
/// What the builds of one site carry from one to the next; <see cref="SiteBuilder"/> runs the stages and asks the
/// session for each thing a build remembers. A one-shot session (<c>build</c>) loads it from the build cache and saves
/// it back as the build goes. A long-lived session (<c>serve</c>) loads it once and then keeps it in memory: the
/// fingerprints of the input and theme files (so a build looks again only at the paths a file watcher named), the
/// entries as parsed and rendered, the related papers, the compiled theme (compiled again only when a theme file
/// changed) and the manifest of the output folder; it writes the caches only when told to (<see cref="Save"/>).
/// Builds of a session run one at a time.
/// </summary>
internal sealed class BuildSession : IDisposable
{
    private readonly Lock gate = new();
    private readonly bool longLived;
    private InputFingerprints? known;
    private FingerprintedFiles? files;
    private EntryCache? entries;
    private RelatedPapersCache? related;
    private PendingTheme? theme;
    private (Fingerprint Files, string Problems) themeLoadedFrom;
    private OutputManifest? manifest;
    private Previewing.SiteSnapshot? snapshot;
    private int builds;
    private bool unsaved;

    private BuildSession(BuildOptions options, bool longLived)
    {
        Options = options;
        this.longLived = longLived;
        // A strict build checks every link of a whole staged site, so it never builds incrementally.
        CacheFolder = options.Strict ? null : options.CacheRoot ?? StagedOutput.DefaultCacheFolder(options.OutputRoot);
    }

    public BuildOptions Options { get; }

    /// <summary>The input and theme folders as given to this session, which locations read from the cache are named under.</summary>
    private Diagnostics.SourceRoots Roots => new(Options.InputRoot, Options.ThemeRoot);

    /// <summary>The build cache folder; null for a strict build.</summary>
    public string? CacheFolder { get; }

    /// <summary>site.yml and tags.yml as last parsed.</summary>
    internal ParsedConfigs Configs { get; } = new();

    /// <summary>Builds that load what the last build saved and save it again.</summary>
    public static BuildSession OneShot(BuildOptions options) => new(options, longLived: false);

    /// <summary>Builds of a long-lived process: the first loads what the last build saved, and the session keeps it in memory from then on.</summary>
    public static BuildSession LongLived(BuildOptions options) => new(options, longLived: true);

    /// <summary>Builds the site (waiting for a build of this session still running).</summary>
    /// <param name="changed">
    /// The paths (files or folders, full or relative to the current folder) that changed since the last build, as a file
    /// watcher names them; only those are looked at again. Null when not known: every file is looked at (by size and time).
    /// </param>
    public BuildResult Build(IReadOnlyCollection<string>? changed = null, Action<string>? onStage = null)
    {
        lock (gate)
        {
            try
            {
                return SiteBuilder.Run(this, changed, onStage);
            }
            catch
            {
                // The changes may not all have been noted: the next build looks at every file.
                files = null;
                throw;
            }
            finally
            {
                builds++;
            }
        }
    }

    /// <summary>
    /// Whether an input or theme file differs from what the last build saw, every file looked at by size and time: a
    /// file watcher can miss changes (events dropped, a folder made and filled before it was watched). If one does, the
    /// next build looks at every file too. False while a build runs, or when one ran meanwhile. Runs beside the builds.
    /// </summary>
    public bool LookForUnseenChanges()
    {
        FingerprintedFiles? seen;
        InputFingerprints? list;
        int before;
        if (!gate.TryEnter())
        {
            return false;
        }

        try
        {
            (seen, list, before) = (files, known, builds);
        }
        finally
        {
            gate.Exit();
        }

        if (seen is null || list is null || BuildStamp.FingerprintFiles(Options.InputRoot, Options.ThemeRoot, list.Continue()).IsSameAs(seen))
        {
            return false;
        }

        lock (gate)
        {
            if (builds != before)
            {
                return false;
            }

            files = null;
            return true;
        }
    }

    /// <summary>
    /// Writes what a long-lived session kept in memory since the last write (entries, related papers, fingerprints) to
    /// the build cache, so that the next process starts from it; false when a build still running after
    /// <paramref name="wait"/> kept it from writing (the cache then stays as it was, which only costs the next process time).
    /// </summary>
    public bool Save(TimeSpan wait)
    {
        if (!gate.TryEnter(wait))
        {
            return false;
        }

        try
        {
            if (unsaved)
            {
                // Not compacted: the store it would replace is the one the kept entries read from.
                entries?.Save(compact: false);
                related?.Flush();
                known?.Save(always: true);
                if (manifest is not null && CacheFolder is not null)
                {
                    StagedOutput.SaveManifest(CacheFolder, manifest);
                }

                unsaved = false;
            }

            return true;
        }
        finally
        {
            gate.Exit();
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            entries?.Dispose();
            entries = null;
        }
    }

    /// <summary>Every input and theme file with its fingerprint; when the last build's are known, only the changed paths are looked at.</summary>
    internal FingerprintedFiles Fingerprint(IReadOnlyCollection<string>? changed)
    {
        if (longLived && known is not null && files is not null && changed is not null)
        {
            (files, known) = BuildStamp.FingerprintChanges(files, changed, known);
            return files;
        }

        known = known is not null && longLived ? known.Continue()
            : CacheFolder is null ? InputFingerprints.None
            : InputFingerprints.Load(CacheFolder, forget: Forget);
        files = BuildStamp.FingerprintFiles(Options.InputRoot, Options.ThemeRoot, known);
        return files;
    }

    /// <summary>The manifest of the site in the output folder, if this build may keep its files; null for a build afresh.</summary>
    internal OutputManifest? PreviousOutput() =>
        CacheFolder is null || Forget ? null : StagedOutput.TrustedManifest(Options.OutputRoot, CacheFolder, Roots, manifest);

    /// <summary>The theme, loading on another thread unless the last build's was loaded from the same files with the same base path.</summary>
    internal PendingTheme Theme(string basePath, BuildStamp stamp)
    {
        var from = (stamp.ThemeFiles, string.Join('\n', stamp.Theme?.Problems ?? []));
        if (theme is null || !longLived || theme.BasePath != basePath || themeLoadedFrom != from)
        {
            theme = PendingTheme.Start(Options.ThemeRoot, basePath, stamp.Theme);
            themeLoadedFrom = from;
        }

        return theme;
    }

    /// <summary>The entries as the last build left them (read from the cache by the first), for this build to take the unchanged ones from.</summary>
    internal EntryCache Entries(BuildStamp stamp)
    {
        if (entries is not null && longLived)
        {
            entries.Continue(stamp.Rules, stamp.Entries);
            return entries;
        }

        entries?.Dispose();
        entries = CacheFolder is null ? EntryCache.Uncached() : EntryCache.Load(CacheFolder, Roots, stamp.Rules, stamp.Entries, forget: Forget);
        return entries;
    }

    /// <summary>Where the last build's related papers are, for this build to update rather than compute afresh; null without a cache.</summary>
    internal RelatedPapersCache? Related()
    {
        if (CacheFolder is not null && (related is null || !longLived))
        {
            related = new RelatedPapersCache(CacheFolder, forget: Forget, inMemory: longLived);
        }

        return related;
    }

    /// <summary>
    /// Whether this build saves what it leaves for the next in the build cache as it goes, as every build of a one-shot
    /// session and the first of a long-lived one do; later builds of a long-lived one leave that to <see cref="Save"/>.
    /// </summary>
    internal bool SavesAsItGoes => !longLived || builds == 0;

    /// <summary>The build has every entry rendered, for the next build (saved now if the build <see cref="SavesAsItGoes"/>).</summary>
    /// <param name="made">The build's output, which notes with each entry what the next build takes from it.</param>
    internal void EntriesRendered(EntryCache cache, IncrementalOutput made)
    {
        unsaved |= longLived;
        made.NoteWithEntries(cache);
        if (SavesAsItGoes)
        {
            cache.Save(compact: !longLived);
        }
    }

    /// <summary>The build has fingerprinted every file, for the next build (saved now if the build <see cref="SavesAsItGoes"/>).</summary>
    internal void FilesSeen()
    {
        unsaved |= longLived;
        if (SavesAsItGoes)
        {
            known?.Save();
        }
    }

    /// <summary>The build replaced the output folder's site: the next build starts from its manifest.</summary>
    internal void Committed(OutputManifest? committed)
    {
        manifest = committed;
        unsaved |= longLived;
    }

    /// <summary>
    /// What the last successful build rendered its pages from, for previews of later edits (see
    /// <see cref="Previewing.PagePreview"/>); kept by a long-lived session only, null before its first successful build.
    /// </summary>
    public Previewing.SiteSnapshot? Snapshot => Volatile.Read(ref snapshot);

    /// <summary>Whether the session keeps what its builds render from (<see cref="Snapshot"/>).</summary>
    internal bool KeepsSnapshots => longLived;

    /// <summary>The build succeeded and rendered its pages from <paramref name="kept"/>.</summary>
    internal void Kept(Previewing.SiteSnapshot kept)
    {
        if (longLived)
        {
            Volatile.Write(ref snapshot, kept);
        }
    }

    /// <summary>A clean build forgets the build cache, in the first build of a session only.</summary>
    private bool Forget => Options.Clean && builds == 0;
}
