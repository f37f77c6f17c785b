namespace PaperDigest.Incremental;

/// <summary>
/// What the last successful build wrote, kept in the build cache: every output file with its key and content
/// fingerprints, the stamp of all inputs, and the build's summary and warnings, so an unchanged digest is
/// reported again without being built again. <see cref="BuildId"/> is also written into the output folder's
/// marker; a manifest is trusted only for the output folder that carries its id.
/// </summary>
public sealed class OutputManifest
{
    private const string Kind = "paperdigest-output-manifest-1";

    public OutputManifest(string buildId, Fingerprint stamp, ManifestSummary summary)
    {
        BuildId = buildId;
        Stamp = stamp;
        Summary = summary;
    }

    public string BuildId { get; }

    /// <summary>Everything the site was built from (<see cref="BuildStamp.Whole"/>).</summary>
    public Fingerprint Stamp { get; }

    public ManifestSummary Summary { get; }

    public Dictionary<string, OutputRecord> Files { get; } = new(StringComparer.Ordinal);

    public void Save(string path) => CacheFile.Save(path, Kind, writer =>
    {
        writer.Write(BuildId);
        writer.Write(Stamp);
        writer.Write(Summary.Papers);
        writer.Write(Summary.Pages);
        writer.Write(Summary.Feeds);
        writer.Write(Summary.Warnings);
        writer.Write(Files.Count);
        foreach (var (file, record) in Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            writer.Write(file);
            writer.Write(record.Key);
            writer.Write(record.Content);
            writer.Write(record.Length);
            writer.Write(record.WriteTicks);
        }
    });

    /// <summary>The manifest at <paramref name="path"/> if it is whole and written by this build of PaperDigest; otherwise null.</summary>
    public static OutputManifest? Load(string path) => CacheFile.Load(path, Kind, reader =>
    {
        var (id, stamp) = (reader.ReadString(), reader.ReadFingerprint());
        var summary = new ManifestSummary(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadWarnings());
        var manifest = new OutputManifest(id, stamp, summary);
        for (var count = reader.ReadInt32(); count > 0; count--)
        {
            manifest.Files[reader.ReadString()] = new OutputRecord(reader.ReadFingerprint(), reader.ReadFingerprint(), reader.ReadInt64(), reader.ReadInt64());
        }

        return manifest;
    });
}
