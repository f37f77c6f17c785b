using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using PaperDigest.Incremental;

namespace PaperDigest.Writing;

/// <summary>
/// Writes the new site so that a failed or killed build never leaves a half-written one, and an unchanged file
/// is never rewritten. Two modes:
/// <list type="bullet">
/// <item>Fresh (no trusted manifest of the output folder): everything goes into a staging folder beside the
/// output folder, swapped in whole when the build completes.</item>
/// <item>Incremental (the build cache holds the manifest of the folder's last build): files whose inputs or content
/// are unchanged are kept as they are, and only new or changed files are staged. At commit a journal is written
/// first, so a build killed while moving files in is finished by the next one.</item>
/// </list>
/// Safe to write to from many threads; refuses two writes to one path and any path that would leave the folder.
/// </summary>
internal sealed class StagedOutput : IDisposable
{
    /// <summary>A file in every output folder PaperDigest makes, so it never replaces a folder it did not make; holds the build id.</summary>
    public const string MarkerFile = ".paperdigest-output";

    private const string StagingInfix = ".pd-staging-";
    private const string RetiredInfix = ".pd-retired-";
    private const string ManifestName = "output.manifest";
    private const string JournalName = "commit.journal";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The checks started for each manifest <see cref="TrustedManifest"/> returned, for the build that uses it.</summary>
    private static readonly ConditionalWeakTable<OutputManifest, UntouchedFiles> Checks = new();

    // The files of the new site: one the previous build also wrote has a slot at its place in that build's
    // manifest (claimed without a lock, already in order at commit); any other is added by path.
    private readonly OutputRecord[] slots;
    private readonly int[] claimed;
    private readonly ConcurrentDictionary<string, OutputRecord> added = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> staged = [];
    private readonly ConcurrentDictionary<string, byte> folders = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<SitemapEntry> pages = [];
    private readonly ConcurrentDictionary<string, byte> inlineStyles = new(StringComparer.Ordinal);
    private readonly string output;
    private readonly string? cache;
    private readonly OutputManifest? previous;
    private readonly UntouchedFiles? untouched;
    private int fileCount;
    private int madeCount;
    private bool committed;

    private StagedOutput(string output, string staging, string? cache, OutputManifest? previous)
    {
        this.output = output;
        this.cache = cache;
        this.previous = previous;
        Staging = staging;
        slots = new OutputRecord[previous?.Files.Count ?? 0];
        claimed = new int[slots.Length];
        if (previous is not null)
        {
            untouched = Checks.TryGetValue(previous, out var checks) && checks.Folder == output ? checks : UntouchedFiles.For(output, previous);
        }
    }

    /// <summary>Where this build's new files go; in a fresh build, the whole new site.</summary>
    public string Staging { get; }

    /// <summary>The manifest of the new site, once committed.</summary>
    public OutputManifest? Committed { get; private set; }

    /// <summary>Every file of the new site, written or kept.</summary>
    public int FileCount => Volatile.Read(ref fileCount);

    /// <summary>Files this build actually wrote (new or changed).</summary>
    public int WrittenCount => staged.Count;

    /// <summary>Files this build made (rendered or generated), whether or not their bytes changed; the rest were kept, made from the same as before.</summary>
    public int MadeCount => Volatile.Read(ref madeCount);

    /// <summary>HTML pages of the new site, for the sitemap.</summary>
    public IReadOnlyCollection<SitemapEntry> Pages => pages;

    /// <summary>
    /// Inline <c>style</c> attribute values of the files written or kept so far (only the e-mail editions have any),
    /// so the Content-Security-Policy can allow exactly these by hash.
    /// </summary>
    public IEnumerable<string> InlineStyles => inlineStyles.Keys.Order(StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="output"/> may be replaced: it does not exist, is empty, or holds the marker of an
    /// earlier build.
    /// </summary>
    public static bool CanReplace(string output) =>
        !Directory.Exists(output)
        || !Directory.EnumerateFileSystemEntries(output).Any()
        || File.Exists(Path.Combine(output, MarkerFile));

    /// <summary>The build cache folder PaperDigest keeps beside an output folder, unless told otherwise.</summary>
    public static string DefaultCacheFolder(string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full) ?? full, $".{Path.GetFileName(full)}.pd-cache");
    }

    /// <summary>
    /// The manifest of the site now in <paramref name="output"/>, if the cache holds one that the folder's marker
    /// vouches for; finishes first a commit a killed build left half done.
    /// </summary>
    /// <param name="kept">The manifest of the last commit, kept in memory by a long-lived process: taken instead of the
    /// saved one if the marker vouches for it.</param>
    /// <param name="roots">The input and theme folders as this build was given them, which the manifest's warnings name their files by.</param>
    public static OutputManifest? TrustedManifest(string output, string cache, Diagnostics.SourceRoots roots, OutputManifest? kept = null)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        RollForward(full, cache);
        var marker = ReadMarker(full);
        var manifest = kept is not null && marker == kept.BuildId ? kept : OutputManifest.Load(Path.Combine(cache, ManifestName), roots);
        if (manifest is null || marker != manifest.BuildId)
        {
            return null;
        }

        // From here on the build reads and indexes the digest; meanwhile other threads check the files it may keep. The
        // checks a build that ended early left running on the same manifest (serve keeps it) are ended first.
        if (Checks.TryGetValue(manifest, out var earlier))
        {
            earlier.Stop();
        }

        Checks.AddOrUpdate(manifest, UntouchedFiles.Start(full, manifest));
        return manifest;
    }

    /// <summary>Whether every file the manifest lists is still in the output folder as that build left it.</summary>
    public static bool IsIntact(string output, OutputManifest manifest)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        return (Checks.TryGetValue(manifest, out var checks) && checks.Folder == full ? checks : UntouchedFiles.For(full, manifest)).All();
    }

    /// <summary>
    /// Starts the new site for <paramref name="output"/>, first removing any staging folder a killed build left
    /// behind. With a <paramref name="cache"/> folder and a trusted <paramref name="previous"/> manifest the build is incremental.
    /// </summary>
    public static StagedOutput Begin(string output, string? cache = null, OutputManifest? previous = null)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? throw new IOException("the output folder cannot be the root of the file system");
        Directory.CreateDirectory(parent);
        RemoveLeftovers(full, cache);
        var staging = Path.Combine(parent, $".{Path.GetFileName(full)}{StagingInfix}{Environment.ProcessId}-{Guid.NewGuid():N}"[..^24]);
        Directory.CreateDirectory(staging);
        var incremental = previous is not null && cache is not null && Directory.Exists(full) && ReadMarker(full) == previous.BuildId ? previous : null;
        return new StagedOutput(full, staging, cache, incremental);
    }

    /// <summary>Puts back or removes what a killed build left beside <paramref name="output"/>, and finishes its journalled commit.</summary>
    public static void RemoveLeftovers(string output, string? cache)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(parent))
        {
            return;
        }

        var name = Path.GetFileName(full);
        var retired = Directory.EnumerateDirectories(parent, $".{name}{RetiredInfix}*").ToList();
        if (!Directory.Exists(full) && retired.Count == 1)
        {
            // A build was killed between its two renames: the retired folder is the last complete site.
            Directory.Move(retired[0], full);
        }

        if (cache is not null)
        {
            RollForward(full, cache);
        }

        foreach (var stale in Directory.EnumerateDirectories(parent, $".{name}{StagingInfix}*")
                     .Concat(Directory.EnumerateDirectories(parent, $".{name}{RetiredInfix}*")))
        {
            TryDelete(stale);
        }
    }

    /// <summary>
    /// Keeps the previous build's file at <paramref name="relativePath"/> if it was made from the same
    /// <paramref name="madeFrom"/> and is untouched since; the caller then need not make it at all.
    /// </summary>
    public bool Keep(string relativePath, Fingerprint madeFrom)
    {
        var normalised = Normalise(relativePath);
        var index = KeptIndex(normalised, madeFrom);
        if (index < 0)
        {
            return false;
        }

        Store(Claim(normalised, index), normalised, previous!.FileAt(index).Record);
        return true;
    }

    /// <summary>Whether <see cref="Keep"/> would keep the file, without keeping it.</summary>
    public bool CanKeep(string relativePath, Fingerprint madeFrom) => KeptIndex(Normalise(relativePath), madeFrom) >= 0;

    /// <summary>The build cache folder, if the build has one: emitters keep what they remember between builds there.</summary>
    public string? CacheFolder => cache;

    /// <summary>The file's place in the last build's manifest if it was made from <paramref name="madeFrom"/> and is untouched since; else -1.</summary>
    private int KeptIndex(string normalised, Fingerprint madeFrom)
    {
        var index = previous?.IndexOf(normalised) ?? -1;
        return index >= 0 && previous!.FileAt(index).Record.MadeFrom.Matches(madeFrom) && untouched!.IsUntouched(index) ? index : -1;
    }

    /// <summary>Keeps a page as <see cref="Keep"/> does, listing it in the sitemap as <see cref="WritePage(string, string, DateOnly?, bool, Fingerprint)"/> would.</summary>
    public bool KeepPage(string sitePath, Fingerprint madeFrom, DateOnly? lastModified = null, bool inSitemap = true)
    {
        if (!Keep(PageFile(sitePath), madeFrom))
        {
            return false;
        }

        if (inSitemap)
        {
            pages.Add(new SitemapEntry(sitePath, lastModified));
        }

        return true;
    }

    /// <param name="inlineStyles">The values of the file's inline <c>style</c> attributes, for <see cref="InlineStyles"/>.</param>
    public void WriteText(string relativePath, string text, Fingerprint madeFrom = default, IReadOnlyList<string>? inlineStyles = null) =>
        WriteBytes(relativePath, Utf8.GetBytes(text), madeFrom, inlineStyles);

    /// <param name="inlineStyles">The values of the file's inline <c>style</c> attributes, for <see cref="InlineStyles"/>.</param>
    public void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes, Fingerprint madeFrom = default, IReadOnlyList<string>? inlineStyles = null)
    {
        Interlocked.Increment(ref madeCount);
        var normalised = Normalise(relativePath);
        var content = Fingerprint.Of(bytes);
        var slot = Claim(normalised, previous?.IndexOf(normalised) ?? -1);
        if (slot >= 0 && previous!.FileAt(slot).Record is var old && old.Content == content && untouched!.IsUntouched(slot))
        {
            // Same bytes as the file already there: keep it, and its modification time.
            Store(slot, normalised, old with { MadeFrom = madeFrom, InlineStyles = inlineStyles });
            return;
        }

        var target = Path.Join(Staging, normalised);
        EnsureFolder(Path.GetDirectoryName(target)!);
        // One open and one write per file: no FileStream buffer, no seek (file locking is off in the CLI's runtime config).
        using var handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(handle, bytes, 0);
        Store(slot, normalised, new OutputRecord(madeFrom, content, bytes.Length, File.GetLastWriteTimeUtc(handle).Ticks, inlineStyles));
        staged.Add(normalised);
    }

    /// <summary>Writes an HTML page at a site path such as <c>/papers/x/</c> (as <c>papers/x/index.html</c>) and lists it in the sitemap.</summary>
    public void WritePage(string sitePath, string html, DateOnly? lastModified = null, bool inSitemap = true, Fingerprint madeFrom = default) =>
        WritePage(sitePath, Utf8.GetBytes(html), lastModified, inSitemap, madeFrom);

    /// <inheritdoc cref="WritePage(string, string, DateOnly?, bool, Fingerprint)"/>
    public void WritePage(string sitePath, ReadOnlySpan<byte> html, DateOnly? lastModified = null, bool inSitemap = true, Fingerprint madeFrom = default)
    {
        WriteBytes(PageFile(sitePath), html, madeFrom);
        if (inSitemap)
        {
            pages.Add(new SitemapEntry(sitePath, lastModified));
        }
    }

    /// <summary>Makes the new site the output folder, and records it in the build cache.</summary>
    /// <param name="saveManifest">
    /// Save the new manifest in the build cache; a long-lived process that keeps it in memory saves it later
    /// (<see cref="SaveManifest"/>), and until then the saved one does not match the folder, which the next process
    /// therefore builds afresh.
    /// </param>
    public void Commit(ManifestSummary summary, Fingerprint stamp, bool saveManifest = true)
    {
        untouched?.Stop();
        var files = Files();
        var manifest = OutputManifest.Of(stamp, summary, files);
        File.WriteAllText(Path.Combine(Staging, MarkerFile), manifest.BuildId);

        if (previous is null)
        {
            SwapIn();
            committed = true;
            if (cache is not null)
            {
                manifest.Save(Path.Combine(cache, ManifestName));
            }

            Committed = manifest;
            return;
        }

        // Incremental: the journal names everything to move in and delete; once it is written the commit is
        // finished by whichever build gets there, this one or the next.
        if (saveManifest)
        {
            manifest.Save(Path.Combine(cache!, ManifestName + ".next"));
        }

        var journal = new StringBuilder();
        journal.Append(Staging).Append('\n');
        foreach (var file in staged.Order(StringComparer.Ordinal))
        {
            journal.Append("+ ").Append(file).Append('\n');
        }

        for (var i = 0; i < claimed.Length; i++)
        {
            if (claimed[i] == 0)
            {
                journal.Append("- ").Append(previous.FileAt(i).Path).Append('\n');
            }
        }

        // The marker, with the new build id, goes in last: until then the folder does not claim to be this build.
        journal.Append("+ ").Append(MarkerFile).Append('\n');

        var journalPath = Path.Combine(cache!, JournalName);
        File.WriteAllText(journalPath + ".tmp", journal.ToString());
        File.Move(journalPath + ".tmp", journalPath, overwrite: true);
        committed = true;
        RollForward(output, cache!);
        Committed = manifest;
    }

    /// <summary>Saves <paramref name="manifest"/>, the last one committed to the output folder, in the build cache.</summary>
    public static void SaveManifest(string cache, OutputManifest manifest) => manifest.Save(Path.Combine(cache, ManifestName));

    /// <summary>Removes the staging folder unless it was committed.</summary>
    public void Dispose()
    {
        untouched?.Stop();
        if (!committed)
        {
            TryDelete(Staging);
        }
    }

    private void SwapIn()
    {
        string? retired = null;
        if (Directory.Exists(output))
        {
            retired = Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}{RetiredInfix}{Guid.NewGuid():N}"[..^24]);
            Directory.Move(output, retired);
        }

        Directory.Move(Staging, output);
        if (retired is not null)
        {
            TryDelete(retired);
        }
    }

    /// <summary>Finishes a journalled commit: moves staged files in, deletes removed ones, then retires the journal.</summary>
    private static void RollForward(string output, string cache)
    {
        var journalPath = Path.Combine(cache, JournalName);
        if (!File.Exists(journalPath))
        {
            return;
        }

        var lines = File.ReadAllLines(journalPath);
        var staging = lines[0];
        foreach (var line in lines.Skip(1))
        {
            var file = line[2..];
            var source = Path.Join(staging, file);
            var target = Path.Join(output, file);
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                File.Delete(target);
                RemoveEmptyFolders(output, Path.GetDirectoryName(target)!);
            }
            else if (File.Exists(source))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(source, target, overwrite: true);
            }
        }

        var next = Path.Combine(cache, ManifestName + ".next");
        if (File.Exists(next))
        {
            File.Move(next, Path.Combine(cache, ManifestName), overwrite: true);
        }

        File.Delete(journalPath);
        TryDelete(staging);
    }

    private static void RemoveEmptyFolders(string root, string folder)
    {
        while (folder.Length > root.Length && folder.StartsWith(root, StringComparison.Ordinal)
               && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }

    private static string? ReadMarker(string output)
    {
        try
        {
            var marker = Path.Combine(output, MarkerFile);
            return File.Exists(marker) ? File.ReadAllText(marker).Trim() : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string PageFile(string sitePath) =>
        sitePath.EndsWith('/') ? sitePath.TrimStart('/') + "index.html" : sitePath.TrimStart('/');

    private static string Normalise(string relativePath)
    {
        var normalised = relativePath.Replace('\\', '/').TrimStart('/');
        if (!IsPlain(normalised))
        {
            throw new IOException($"refusing to write '{relativePath}': not a plain path inside the output folder");
        }

        if (normalised == MarkerFile)
        {
            throw new OutputConflictException(normalised);
        }

        return normalised;
    }

    /// <summary>No part may be empty, "." or "..", so the joined path cannot leave the output folder.</summary>
    private static bool IsPlain(string path)
    {
        var span = path.AsSpan();
        foreach (var range in span.Split('/'))
        {
            if (span[range] is "" or "." or "..")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Takes <paramref name="normalised"/> for this build, refusing a second write to it, and returns its slot:
    /// <paramref name="index"/>, its place in the previous manifest, or -1 for a path the previous build did not have.
    /// </summary>
    private int Claim(string normalised, int index)
    {
        if (index >= 0 ? Interlocked.Exchange(ref claimed[index], 1) != 0 : !added.TryAdd(normalised, default))
        {
            throw new OutputConflictException(normalised);
        }

        Interlocked.Increment(ref fileCount);
        return index;
    }

    private void Store(int slot, string normalised, OutputRecord record)
    {
        if (slot >= 0)
        {
            slots[slot] = record;
        }
        else
        {
            added[normalised] = record;
        }

        foreach (var style in record.InlineStyles ?? [])
        {
            inlineStyles.TryAdd(style, 0);
        }
    }

    /// <summary>Every file of the new site in ordinal order of path: the previous build's that were claimed, merged with the new ones.</summary>
    private OutputFile[] Files()
    {
        var files = new OutputFile[FileCount];
        var fresh = added.OrderBy(f => f.Key, StringComparer.Ordinal).ToArray();
        var (i, j, n) = (0, 0, 0);
        while (i < claimed.Length || j < fresh.Length)
        {
            if (i < claimed.Length && claimed[i] == 0)
            {
                i++;
            }
            else if (j == fresh.Length || (i < claimed.Length && string.CompareOrdinal(previous!.FileAt(i).Path, fresh[j].Key) < 0))
            {
                files[n++] = new OutputFile(previous!.FileAt(i).Path, slots[i]);
                i++;
            }
            else
            {
                files[n++] = new OutputFile(fresh[j].Key, fresh[j].Value);
                j++;
            }
        }

        return files;
    }

    private void EnsureFolder(string folder)
    {
        if (!folders.ContainsKey(folder))
        {
            // Marked only once made, so no other thread writes into a folder that does not exist yet.
            Directory.CreateDirectory(folder);
            folders.TryAdd(folder, 0);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover folder is removed by the next build; it never affects this one.
        }
    }
}
