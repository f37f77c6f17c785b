namespace PaperDigest.Search;

/// <summary>One file of the search index: its name inside <c>/search/</c> and its bytes (compact UTF-8 JSON).</summary>
public sealed record SearchIndexFile(string Name, byte[] Bytes);
