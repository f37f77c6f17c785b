namespace PaperDigest.Incremental;

/// <summary>
/// What the last successful build wrote, kept in the build cache: every output file with its key and content
/// fingerprints, the stamp of all inputs, and the build's summary and warnings, so an unchanged digest is
/// reported again without being built again. <see cref="BuildId"/> is also written into the output folder's
/// marker; a manifest is trusted only for the output folder that carries its id.
/// </summary>
internal sealed class OutputManifest
{
    private const string Kind = "paperdigest-output-manifest-3";

    private readonly OutputFile[] files;
    private Dictionary<string, int>? positions;

    /// <param name="files">Every file of the build, in ordinal order of path, each path once.</param>
    /// <summary>
    /// The manifest of a finished build. Its id names the content, so two builds of the same inputs leave identical
    /// folders, marker included.
    /// </summary>
    public static OutputManifest Of(Fingerprint stamp, ManifestSummary summary, OutputFile[] files)
    {
        var id = new KeyBuilder("build");
        foreach (var (file, record) in files)
        {
            id.Add(file).Add(record.Content);
        }

        return new OutputManifest(id.Build().ToString(), stamp, summary, files);
    }

    public OutputManifest(string buildId, Fingerprint stamp, ManifestSummary summary, IReadOnlyList<OutputFile> files)
    {
        BuildId = buildId;
        Stamp = stamp;
        Summary = summary;
        this.files = files as OutputFile[] ?? [.. files];
        for (var i = 1; i < this.files.Length; i++)
        {
            if (string.CompareOrdinal(this.files[i - 1].Path, this.files[i].Path) >= 0)
            {
                throw new ArgumentException($"output files out of order or twice at '{this.files[i].Path}'", nameof(files));
            }
        }
    }

    public string BuildId { get; }

    /// <summary>Everything the site was built from (<see cref="BuildStamp.Whole"/>).</summary>
    public Fingerprint Stamp { get; }

    public ManifestSummary Summary { get; }

    /// <summary>Every file of the build, in ordinal order of path.</summary>
    public IReadOnlyList<OutputFile> Files => files;

    /// <summary>File <paramref name="index"/> of <see cref="Files"/>.</summary>
    public OutputFile FileAt(int index) => files[index];

    /// <summary>The place of <paramref name="path"/> in <see cref="Files"/>, or -1 if the build did not write it.</summary>
    public int IndexOf(string path)
    {
        // Made on first use, from any thread: only the manifest of the previous build is looked up.
        var index = LazyInitializer.EnsureInitialized(ref positions, () =>
        {
            var made = new Dictionary<string, int>(files.Length, StringComparer.Ordinal);
            for (var i = 0; i < files.Length; i++)
            {
                made.Add(files[i].Path, i);
            }

            return made;
        });
        return index.TryGetValue(path, out var place) ? place : -1;
    }

    public void Save(string path) => CacheFile.Save(path, Kind, writer =>
    {
        writer.Write(BuildId);
        writer.Write(Stamp);
        writer.Write(Summary.Papers);
        writer.Write(Summary.Pages);
        writer.Write(Summary.Feeds);
        writer.Write(Summary.Warnings);
        writer.Write(Summary.Site);

        // Inline styles repeat from file to file (they come from one template): each is written once, then referred to by number.
        var styles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++)
        {
            foreach (var style in files[i].Record.InlineStyles ?? [])
            {
                styles.TryAdd(style, styles.Count);
            }
        }

        writer.Write7BitEncodedInt(styles.Count);
        foreach (var style in styles.Keys)
        {
            writer.Write(style);
        }

        var block = OutputFileBlock.Encode(files, styles);
        writer.Write(files.Length);
        writer.Write(block.Length);
        writer.Write(block);
    });

    /// <summary>The manifest at <paramref name="path"/> if it is whole and written by this build of PaperDigest; otherwise null.</summary>
    /// <param name="roots">The input and theme folders as this build was given them, which the summary's warnings name their files by.</param>
    public static OutputManifest? Load(string path, Diagnostics.SourceRoots roots) => CacheFile.Load(path, Kind, reader =>
    {
        var (id, stamp) = (reader.ReadString(), reader.ReadFingerprint());
        var summary = new ManifestSummary(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadWarnings(roots), reader.ReadFingerprint());
        var styles = new string[Count(reader.Read7BitEncodedInt(), Left(reader))];
        for (var i = 0; i < styles.Length; i++)
        {
            styles[i] = reader.ReadString();
        }

        var count = reader.ReadInt32();
        var block = reader.ReadBytes(Count(reader.ReadInt32(), Left(reader)));
        var files = OutputFileBlock.Decode(block, Count(count, block.Length), styles);
        return new OutputManifest(id, stamp, summary, files);
    });

    /// <summary>A count read from a damaged file could be anything; each item counted takes at least a byte of the <paramref name="bytes"/> left.</summary>
    private static int Count(int count, long bytes) => count >= 0 && count <= bytes ? count : throw new FormatException("count out of range");

    private static long Left(BinaryReader reader) => reader.BaseStream.Length - reader.BaseStream.Position;
}
