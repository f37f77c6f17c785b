using System.Collections.Immutable;
using PaperDigest.Diagnostics;

namespace PaperDigest.Incremental;

/// <summary>
/// The binary files of the build cache: each starts with its kind and the version of PaperDigest that wrote it,
/// is written whole under a temporary name and then renamed, and reads as null when missing, damaged or
/// written by another version (which only costs a fuller build).
/// </summary>
internal static class CacheFile
{
    public static void Save(string path, string kind, Action<BinaryWriter> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = new FileStream(path + ".tmp", FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(kind);
            writer.Write(BuildStamp.ToolVersion);
            write(writer);
        }

        File.Move(path + ".tmp", path, overwrite: true);
    }

    public static T? Load<T>(string path, string kind, Func<BinaryReader, T?> read)
        where T : class
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using var stream = new CacheFileStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));
            using var reader = new BinaryReader(stream);
            return reader.ReadString() == kind && reader.ReadString() == BuildStamp.ToolVersion ? read(reader) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    public static void Write(this BinaryWriter writer, Fingerprint value)
    {
        writer.Write(value.High);
        writer.Write(value.Low);
    }

    public static Fingerprint ReadFingerprint(this BinaryReader reader) => new(reader.ReadUInt64(), reader.ReadUInt64());

    public static void WriteStrings(this BinaryWriter writer, ImmutableArray<string> values)
    {
        writer.Write(values.Length);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    /// <summary>
    /// A count of items that follow, each at least a byte long: a count read from a damaged file could be anything,
    /// so one larger than what is left of the file is a format error, not an allocation.
    /// </summary>
    public static int ReadCount(this BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new FormatException("a count larger than the file");
        }

        return count;
    }

    public static ImmutableArray<string> ReadStrings(this BinaryReader reader)
    {
        var count = reader.ReadCount();
        var values = new string[count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadString();
        }

        return [.. values];
    }

    /// <summary>A file by its folder and its path inside it, never the folder's own name, so a cache holds in another checkout.</summary>
    public static void Write(this BinaryWriter writer, SourcePath path)
    {
        writer.Write(path.Path);
        writer.Write((byte)path.Folder);
    }

    /// <summary>A file written by <see cref="Write(BinaryWriter, SourcePath)"/>, named under this run's folders.</summary>
    public static SourcePath ReadSourcePath(this BinaryReader reader, SourceRoots roots)
    {
        var path = reader.ReadString();
        var folder = (SourceFolder)reader.ReadByte();
        return Enum.IsDefined(folder) ? roots.Of(path, folder) : throw new FormatException("an unknown source folder");
    }

    public static void Write(this BinaryWriter writer, SourceLocation location)
    {
        writer.Write(location.File);
        writer.Write(location.Line);
        writer.Write(location.Column);
    }

    public static SourceLocation ReadLocation(this BinaryReader reader, SourceRoots roots) => new(reader.ReadSourcePath(roots), reader.ReadInt32(), reader.ReadInt32());

    /// <summary>Warnings only: a build with errors caches nothing.</summary>
    public static void Write(this BinaryWriter writer, IReadOnlyList<Diagnostic> warnings)
    {
        writer.Write(warnings.Count);
        foreach (var warning in warnings)
        {
            writer.Write(warning.Location);
            writer.Write(warning.Code);
            writer.Write(warning.Message);
        }
    }

    /// <param name="roots">The input and theme folders as this build was given them, which the warnings name their files by.</param>
    public static Diagnostic[] ReadWarnings(this BinaryReader reader, SourceRoots roots)
    {
        var warnings = new Diagnostic[reader.ReadInt32()];
        for (var i = 0; i < warnings.Length; i++)
        {
            warnings[i] = new Diagnostic(reader.ReadLocation(roots), Severity.Warning, reader.ReadString(), reader.ReadString());
        }

        return warnings;
    }
}
