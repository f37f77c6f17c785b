using System.Collections.Immutable;
using PaperDigest.Search;

namespace PaperDigest.Incremental;

/// <summary>
/// The last build's <see cref="SearchIndexMemory"/>, kept in the build cache as <c>search.cache</c>: which files each
/// group of terms and each docs file came to, by the key of what they were made from. A part is kept only if its
/// files are still in the output as the build that wrote them left them, so a stale or lost cache costs only time.
/// </summary>
internal sealed class SearchIndexCache(string folder)
{
    private const string Kind = "paperdigest-search-1";
    private const string FileName = "search.cache";

    private string FilePath => Path.Combine(folder, FileName);

    /// <summary>The key of a group's files: the index format, the shard budget, and each term with its postings as numbered before encoding.</summary>
    public static Fingerprint GroupMadeFrom(int format, string prefix, string[] terms, int[][] postings, int from, int to, long shardBudget) =>
        ContentKey.Derive("search terms", (format, shardBudget, prefix, new ArraySegment<string>(terms, from, to - from), new ArraySegment<int[]>(postings, from, to - from)));

    /// <summary>The key of a docs file: the index format, its number, and its documents.</summary>
    public static Fingerprint DocsMadeFrom(int format, int chunk, List<SearchDocument> documents) =>
        ContentKey.Derive("search docs", (format, chunk, documents));

    public SearchIndexMemory Load() => CacheFile.Load(FilePath, Kind, Read) ?? SearchIndexMemory.Empty;

    /// <summary>Keeps <paramref name="memory"/> for the next build; a cache that cannot be written only costs that build time.</summary>
    public void Save(SearchIndexMemory memory)
    {
        try
        {
            CacheFile.Save(FilePath, Kind, writer => Write(writer, memory));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The next build writes the whole index.
        }
    }

    private static void Write(BinaryWriter writer, SearchIndexMemory memory)
    {
        writer.Write(memory.Groups.Count);
        foreach (var (key, group) in memory.Groups)
        {
            writer.Write(key);
            writer.Write(group.Directory is not null);
            if (group.Directory is not null)
            {
                writer.Write(group.Directory);
            }

            writer.Write(group.Shards.Length);
            foreach (var (prefix, size, hash) in group.Shards)
            {
                writer.Write(prefix);
                writer.Write(size);
                writer.Write(hash);
            }
        }

        writer.Write(memory.Docs.Count);
        foreach (var (key, hash) in memory.Docs)
        {
            writer.Write(key);
            writer.Write(hash);
        }
    }

    private static SearchIndexMemory Read(BinaryReader reader)
    {
        var groups = new Dictionary<Fingerprint, SearchGroupFiles>();
        for (var count = Count(reader); count > 0; count--)
        {
            var key = reader.ReadFingerprint();
            var directory = reader.ReadBoolean() ? reader.ReadString() : null;
            var shards = new (string Prefix, int Size, string Hash)[Count(reader)];
            for (var i = 0; i < shards.Length; i++)
            {
                shards[i] = (reader.ReadString(), reader.ReadInt32(), reader.ReadString());
            }

            groups[key] = new SearchGroupFiles([.. shards], directory);
        }

        var docs = new Dictionary<Fingerprint, string>();
        for (var count = Count(reader); count > 0; count--)
        {
            docs[reader.ReadFingerprint()] = reader.ReadString();
        }

        return new SearchIndexMemory(groups, docs);
    }

    /// <summary>A count read from a damaged file could be anything; each item counted takes at least a byte of what is left.</summary>
    private static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position ? count : throw new FormatException("count out of range");
    }
}
