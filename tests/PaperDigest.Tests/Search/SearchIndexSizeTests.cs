using System.Globalization;
using PaperDigest.Search;

namespace PaperDigest.Tests.Search;

/// <summary>
/// The index of a large synthetic digest (10,000 entries; <c>PAPERDIGEST_SEARCH_ENTRIES</c> sets another count) stays
/// split so that a query downloads a small part of it. Prints the figures the README records.
/// </summary>
public sealed class SearchIndexSizeTests(ITestOutputHelper output)
{
    [Fact]
    public void A_large_digest_gets_an_index_no_query_has_to_download_much_of()
    {
        var digest = LargeSearchDigest.Instance;
        var papers = digest.Papers;
        var index = digest.Index;
        var reader = new IndexReader(index);

        var shards = index.Files.Where(f => f.Name.StartsWith("terms-", StringComparison.Ordinal)).ToList();
        var docs = index.Files.Where(f => f.Name.StartsWith("docs-", StringComparison.Ordinal)).ToList();
        var largest = shards.MaxBy(f => f.Bytes.Length)!;
        var oversized = reader.Shards.Where(s => s.Value.Size > SearchIndexBuilder.ShardBudget).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{papers.Length} entries: {index.TotalBytes / 1e6:F1} MB in {index.Files.Length} files ({index.TotalBytes * 10_000.0 / papers.Length / 1e6:F1} MB per 10,000 entries); "
            + $"{index.Terms} terms in {index.Shards} shards ({shards.Sum(f => (long)f.Bytes.Length) / 1e6:F1} MB), largest {largest.Name} {largest.Bytes.Length / 1e3:F0} kB, "
            + $"{oversized.Count} single-term shards over the {SearchIndexBuilder.ShardBudget / 1024} KiB budget; "
            + $"documents {docs.Sum(f => (long)f.Bytes.Length) / 1e6:F1} MB in {docs.Count} files; {reader.Dirs.Count} directories; "
            + $"meta.json {index.Meta.Bytes.Length / 1e3:F1} kB; built in {digest.IndexSeconds:F2} s"));

        Assert.Equal(papers.Length, index.Papers);
        Assert.True(index.Largest.Bytes.Length < 1_500_000, $"{index.Largest.Name} is {index.Largest.Bytes.Length} bytes");
        Assert.True(index.Meta.Bytes.Length < papers.Length / 4 + 32_000, $"meta.json is {index.Meta.Bytes.Length} bytes");
        // Only a term that alone outgrows the budget may make a bigger shard.
        Assert.All(oversized, s => Assert.Single(reader.Shard(s.Key)));

        // A query for a word of a paper's title downloads meta.json, maybe a directory, the word's shard and one documents file.
        var sample = papers[papers.Length / 2];
        var word = PaperDigest.Indexing.TextAnalysis.English.Terms(sample.Paper.Title).First();
        var shard = reader.ShardOf(word)!;
        var dir = index.Files.Where(f => f.Name.StartsWith("dir-", StringComparison.Ordinal)).Select(f => f.Bytes.Length).DefaultIfEmpty().Max();
        var query = index.Meta.Bytes.Length + dir + reader.Shards[shard].Size + docs.Max(f => f.Bytes.Length);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"a query for '{word}' downloads {query / 1e3:F0} kB (shard '{shard}')"));
        Assert.True(query < 600_000, $"a one-word query would download {query} bytes");
    }

    [Fact]
    public void Every_term_of_a_large_digest_is_found_in_the_shard_the_browser_looks_in()
    {
        var papers = SyntheticPapers.Make(2_000, seed: 7);
        var index = SearchIndexBuilder.Build(SearchPapers.Site(), SearchPapers.Tags, papers, SearchPapers.Words, shardBudget: 4096);
        var reader = new IndexReader(index);
        Assert.True(reader.Shards.Keys.Count(k => PaperDigest.Indexing.TextAnalysis.CodePoints(k) > 3) > 10, "no shard was split twice: the test shows nothing");
        Assert.NotEmpty(reader.Dirs);
        Assert.All(reader.Dirs.Keys, prefix => Assert.DoesNotContain(prefix, reader.Meta.GetProperty("shards").EnumerateObject().Select(p => p.Name)));

        foreach (var id in new[] { 0, 1, 777, 1999 })
        {
            var rendered = papers[papers.Length - 1 - id];
            Assert.NotEmpty(rendered.Search.Terms);
            foreach (var (number, field) in rendered.Search.Terms.Zip(rendered.Search.Fields))
            {
                var term = SearchPapers.Words[number];
                var postings = reader.Find(term);
                Assert.True(postings is not null, $"'{term}' of paper {id} is not in shard '{reader.ShardOf(term)}'");
                Assert.Contains((id, field), postings);
            }

            Assert.Equal(rendered.Paper.Slug, reader.Document(id)[1].GetString());
        }
    }
}
