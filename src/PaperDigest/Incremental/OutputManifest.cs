using PaperDigest.Diagnostics;

namespace PaperDigest.Incremental;

/// <summary>
/// What the last successful build wrote, kept in the build cache: every output file with its key and content
/// fingerprints, the stamp of all inputs, and the build's summary and warnings, so an unchanged digest is
/// reported again without being built again. <see cref="BuildId"/> is also written into the output folder's
/// marker; a manifest is trusted only for the output folder that carries its id.
/// </summary>
public sealed class OutputManifest
{
    private const string Magic = "paperdigest-output-manifest-1";

    public OutputManifest(string buildId, string toolVersion)
    {
        BuildId = buildId;
        ToolVersion = toolVersion;
    }

    public string BuildId { get; }

    /// <summary>The build of PaperDigest that wrote it; another build trusts none of it.</summary>
    public string ToolVersion { get; }

    /// <summary>Everything the site was built from (<see cref="BuildStamp"/>).</summary>
    public Fingerprint Stamp { get; set; }

    public ManifestSummary Summary { get; set; } = new(0, 0, 0, []);

    public Dictionary<string, OutputRecord> Files { get; } = new(StringComparer.Ordinal);

    public void Save(string path)
    {
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(Magic);
            writer.Write(ToolVersion);
            writer.Write(BuildId);
            Write(writer, Stamp);
            writer.Write(Summary.Papers);
            writer.Write(Summary.Pages);
            writer.Write(Summary.Feeds);
            writer.Write(Summary.Warnings.Count);
            foreach (var warning in Summary.Warnings)
            {
                writer.Write(warning.Location.Path);
                writer.Write(warning.Location.Line);
                writer.Write(warning.Location.Column);
                writer.Write(warning.Code);
                writer.Write(warning.Message);
            }

            writer.Write(Files.Count);
            foreach (var (file, record) in Files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                writer.Write(file);
                Write(writer, record.Key);
                Write(writer, record.Content);
                writer.Write(record.Length);
                writer.Write(record.WriteTicks);
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The manifest at <paramref name="path"/> if it is whole and written by this build of PaperDigest; otherwise null.</summary>
    public static OutputManifest? Load(string path, string toolVersion)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new BinaryReader(stream);
            if (reader.ReadString() != Magic || reader.ReadString() != toolVersion)
            {
                return null;
            }

            var manifest = new OutputManifest(reader.ReadString(), toolVersion) { Stamp = Read(reader) };
            var (papers, pages, feeds) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
            var warnings = new Diagnostic[reader.ReadInt32()];
            for (var i = 0; i < warnings.Length; i++)
            {
                var location = new SourceLocation(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
                warnings[i] = new Diagnostic(location, Severity.Warning, reader.ReadString(), reader.ReadString());
            }

            manifest.Summary = new ManifestSummary(papers, pages, feeds, warnings);
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                manifest.Files[reader.ReadString()] = new OutputRecord(Read(reader), Read(reader), reader.ReadInt64(), reader.ReadInt64());
            }

            return manifest;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException)
        {
            // A missing or damaged cache only costs a full build.
            return null;
        }
    }

    private static void Write(BinaryWriter writer, Fingerprint value)
    {
        writer.Write(value.High);
        writer.Write(value.Low);
    }

    private static Fingerprint Read(BinaryReader reader) => new(reader.ReadUInt64(), reader.ReadUInt64());
}
