using System.Collections.Immutable;
using PaperDigest.Indexing;
using PaperDigest.Rendering;

namespace PaperDigest.Incremental;

/// <summary>
/// The last build's <see cref="RelatedMemory"/>, kept in the build cache as <c>related.cache</c>. It describes
/// itself fully (the papers' order, each paper's vector and tags, each list), so it stays right whatever happens
/// to the rest of the cache, and it is written as soon as the related papers are computed. The words of each
/// paper are read back only for the papers that changed. A long-lived process keeps the memory in this object
/// between builds instead, and writes it only when told to (<see cref="Flush"/>).
/// </summary>
/// <param name="inMemory">Keep what is saved in memory for the next build, and write it to the file only on <see cref="Flush"/>.</param>
internal sealed class RelatedPapersCache(string folder, bool forget = false, bool inMemory = false)
{
    private const string Kind = "paperdigest-related-3";
    private const string FileName = "related.cache";

    private RelatedMemory? kept;
    private bool unsaved;

    private string FilePath => Path.Combine(folder, FileName);

    /// <summary>Each paper's tags and vector (words and weights): what a change to it would show in.</summary>
    public static ImmutableArray<Fingerprint> VectorKeys(IReadOnlyList<RenderedPaper> papers, TermVectors vectors, WordPool words)
    {
        var fingerprints = new Fingerprint[papers.Count];
        Parallel.For(0, papers.Count, i =>
        {
            var terms = vectors.Terms(i);
            var shown = new string[terms.Length];
            for (var k = 0; k < terms.Length; k++)
            {
                shown[k] = words[vectors.WordOf(terms[k])];
            }

            fingerprints[i] = ContentKey.Derive("related-vector", (papers[i].Paper.Tags, shown, vectors.Weights(i).ToArray()));
        });
        return [.. fingerprints];
    }

    /// <summary>The last build's memory, or null if there is none to trust (or this is a clean build).</summary>
    public RelatedMemory? Load() => Volatile.Read(ref kept) ?? (forget ? null : CacheFile.Load(FilePath, Kind, Read));

    /// <summary>Keeps <paramref name="memory"/> for the next build; a cache that cannot be written only costs that build a full search.</summary>
    public void Save(RelatedMemory memory)
    {
        if (inMemory)
        {
            Volatile.Write(ref kept, memory);
            unsaved = true;
            return;
        }

        Write(memory);
    }

    /// <summary>Writes the memory kept since the last write, if any, to the file.</summary>
    public void Flush()
    {
        if (unsaved && Volatile.Read(ref kept) is { } memory)
        {
            Write(memory);
            unsaved = false;
        }
    }

    private void Write(RelatedMemory memory)
    {
        try
        {
            CacheFile.Save(FilePath, Kind, writer => Write(writer, memory));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left to the next build, which searches every paper.
        }
    }

    private static void Write(BinaryWriter writer, RelatedMemory memory)
    {
        var count = memory.Vectors.Length;
        writer.Write(count);
        foreach (var slug in memory.Slugs)
        {
            writer.Write(slug);
        }

        foreach (var vector in memory.Vectors)
        {
            writer.Write(vector);
        }

        foreach (var list in memory.Lists)
        {
            writer.Write((byte)list.Length);
            foreach (var paper in list)
            {
                writer.Write(paper);
            }
        }

        // Each paper's words, after a table of where each paper's start, so only the changed ones need reading.
        using var keys = new MemoryStream();
        using var keyWriter = new BinaryWriter(keys);
        var starts = new int[count];
        for (var i = 0; i < count; i++)
        {
            starts[i] = (int)keys.Position;
            var paperKeys = memory.Keys(i) ?? throw new InvalidOperationException("a memory to save knows every paper's keys");
            keyWriter.WriteStrings(paperKeys.Tags);
            keyWriter.WriteStrings(paperKeys.Words);
        }

        keyWriter.Flush();
        foreach (var start in starts)
        {
            writer.Write(start);
        }

        writer.Write((int)keys.Length);
        writer.Write(keys.GetBuffer(), 0, (int)keys.Length);
    }

    private static RelatedMemory Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > reader.BaseStream.Length)
        {
            throw new FormatException("a paper count larger than the file");
        }

        var slugs = new string[count];
        for (var i = 0; i < count; i++)
        {
            slugs[i] = reader.ReadString();
        }

        var vectors = new Fingerprint[count];
        for (var i = 0; i < count; i++)
        {
            vectors[i] = reader.ReadFingerprint();
        }

        var lists = new ImmutableArray<int>[count];
        for (var i = 0; i < count; i++)
        {
            var list = new int[reader.ReadByte()];
            for (var k = 0; k < list.Length; k++)
            {
                list[k] = reader.ReadInt32();
                if ((uint)list[k] >= (uint)count)
                {
                    throw new FormatException("a related paper outside the list of papers");
                }
            }

            lists[i] = [.. list];
        }

        var starts = new int[count];
        for (var i = 0; i < count; i++)
        {
            starts[i] = reader.ReadInt32();
        }

        var length = reader.ReadInt32();
        var keys = reader.ReadBytes(length);
        if (keys.Length != length || reader.BaseStream.Position != reader.BaseStream.Length)
        {
            throw new FormatException("a cache file cut short or run on");
        }

        return new RelatedMemory([.. slugs], [.. vectors], [.. lists], i => KeysAt(keys, starts[i]));
    }

    private static PaperKeys? KeysAt(byte[] keys, int start)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(keys, start, keys.Length - start, writable: false));
            return new PaperKeys(reader.ReadStrings(), reader.ReadStrings());
        }
        catch (Exception ex) when (ex is EndOfStreamException or FormatException or ArgumentException)
        {
            return null;
        }
    }
}
