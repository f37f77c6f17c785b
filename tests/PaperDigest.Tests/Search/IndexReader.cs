using System.Text;
using System.Text.Json;
using PaperDigest.Search;

namespace PaperDigest.Tests.Search;

/// <summary>Reads a built <see cref="SearchIndex"/> the way <c>search.js</c> does: meta first, then the one shard a term needs.</summary>
internal sealed class IndexReader
{
    private readonly Dictionary<string, byte[]> files;

    public IndexReader(SearchIndex index)
    {
        files = index.Files.ToDictionary(f => f.Name, f => f.Bytes, StringComparer.Ordinal);
        Meta = JsonDocument.Parse(files[SearchIndex.MetaFile]).RootElement;
        Dirs = Meta.GetProperty("dirs").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        Shards = Meta.GetProperty("shards").EnumerateObject()
            .Concat(Dirs.SelectMany(d => JsonDocument.Parse(files[DirFile(d.Key, d.Value)]).RootElement.EnumerateObject()))
            .ToDictionary(p => p.Name, p => (Size: p.Value[0].GetInt32(), Hash: p.Value[1].GetString()!), StringComparer.Ordinal);
    }

    public JsonElement Meta { get; }

    /// <summary>Every shard, whether meta.json or a directory file names it.</summary>
    public Dictionary<string, (int Size, string Hash)> Shards { get; }

    /// <summary>The two-letter prefixes that were split, with the hash of their directory file.</summary>
    public Dictionary<string, string> Dirs { get; }

    public static string ShardFile(string prefix, string hash) => $"terms-{Convert.ToHexStringLower(Encoding.UTF8.GetBytes(prefix))}.{hash}.json";

    public static string DirFile(string prefix, string hash) => $"dir-{Convert.ToHexStringLower(Encoding.UTF8.GetBytes(prefix))}.{hash}.json";

    /// <summary>The name of docs file <paramref name="chunk"/>, its hash read from meta.json.</summary>
    public string DocsFile(int chunk) => $"docs-{chunk}.{Meta.GetProperty("docs").GetString()!.Substring(chunk * 8, 8)}.json";

    /// <summary>The prefix of the shard a term lives in: the longest shard prefix it starts with.</summary>
    public string? ShardOf(string term)
    {
        var runes = term.EnumerateRunes().Select(r => r.ToString()).ToArray();
        for (var n = runes.Length; n >= 2; n--)
        {
            var prefix = string.Concat(runes.Take(n));
            if (Shards.ContainsKey(prefix))
            {
                return prefix;
            }
        }

        return null;
    }

    /// <summary>The terms of one shard with their decoded postings.</summary>
    public Dictionary<string, List<(int Id, SearchField Field)>> Shard(string prefix)
    {
        var bytes = files[ShardFile(prefix, Shards[prefix].Hash)];
        Assert.Equal(Shards[prefix].Size, bytes.Length);
        return JsonDocument.Parse(bytes).RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => Postings.Decode(p.Value.EnumerateArray().Select(v => v.GetInt32())).ToList(),
            StringComparer.Ordinal);
    }

    /// <summary>The postings of a term, or null when the index does not have it.</summary>
    public List<(int Id, SearchField Field)>? Find(string term) =>
        ShardOf(term) is { } prefix && Shard(prefix).TryGetValue(term, out var postings) ? postings : null;

    /// <summary>The stored document of a paper id: [title, slug, [authors], date, [tags], arxiv, venue, summary].</summary>
    public JsonElement Document(int id)
    {
        var per = Meta.GetProperty("docsPerChunk").GetInt32();
        return JsonDocument.Parse(files[DocsFile(id / per)]).RootElement[id % per];
    }

    /// <summary>The paper id of a slug.</summary>
    public int IdOf(string slug)
    {
        var papers = Meta.GetProperty("papers").GetInt32();
        return Enumerable.Range(0, papers).Single(id => Document(id)[1].GetString() == slug);
    }
}
