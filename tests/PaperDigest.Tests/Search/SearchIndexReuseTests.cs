using System.Collections.Immutable;
using PaperDigest.Incremental;
using PaperDigest.Rendering;
using PaperDigest.Search;

namespace PaperDigest.Tests.Search;

/// <summary>
/// An index built with the last build's memory keeps the files of unchanged parts, and the files it keeps and writes
/// are exactly the files a build from scratch makes; a part whose files are not all still there is written again.
/// </summary>
public sealed class SearchIndexReuseTests
{
    private static readonly ImmutableArray<RenderedPaper> Papers = SyntheticPapers.Make(400, seed: 7);

    [Fact]
    public void After_one_write_up_changes_only_the_groups_of_its_terms_are_written()
    {
        var before = Build(Papers);
        var edited = Papers.SetItem(150, Rewritten(Papers[150], Papers[150].Paper.Title, "Quokka zebra"));
        var fresh = Build(edited);

        var reused = Build(edited, new SearchIndexReuse(before.Memory, Written(before)));

        AssertSameFiles(fresh, reused, before);
        Assert.True(reused.Files.Length < fresh.Files.Length / 4, $"{reused.Files.Length} of {fresh.Files.Length} files written");
        Assert.Contains(reused.Files, f => f.Name.StartsWith("terms-7175", StringComparison.Ordinal)); // "qu": the new word
        Assert.DoesNotContain(reused.Files, f => f.Name.StartsWith("docs-", StringComparison.Ordinal)); // results show no write-up
    }

    [Theory]
    [InlineData("title")]
    [InlineData("summary")]
    public void A_new_title_or_summary_writes_the_docs_file_of_its_paper_again(string field)
    {
        var before = Build(Papers);
        var paper = Papers[150];
        var edited = Papers.SetItem(150, field == "title"
            ? Rewritten(paper, "Quokka zebra dynamics", "")
            : Rewritten(paper, paper.Paper.Title, "", "A summary that says something else."));
        var fresh = Build(edited);

        var reused = Build(edited, new SearchIndexReuse(before.Memory, Written(before)));

        AssertSameFiles(fresh, reused, before);
        // Papers count from the oldest: paper 150 of 400, newest first, is number 249, in the eighth docs file.
        Assert.Equal(["docs-7."], reused.Files.Where(f => f.Name.StartsWith("docs-", StringComparison.Ordinal)).Select(f => f.Name[..7]));
    }

    [Fact]
    public void A_part_whose_files_are_not_all_in_the_output_is_written_again()
    {
        var before = Build(Papers);
        var missing = before.Files.Where(f => f.Name.StartsWith("terms-", StringComparison.Ordinal)).Take(5).Select(f => f.Name).ToHashSet();
        var written = Written(before);

        var reused = Build(Papers, new SearchIndexReuse(before.Memory, (name, key) => !missing.Contains(name) && written(name, key)));

        AssertSameFiles(before, reused, before);
        Assert.All(missing, name => Assert.Contains(reused.Files, f => f.Name == name));
        Assert.DoesNotContain(reused.Kept, k => missing.Contains(k.Name));
    }

    [Fact]
    public void Nothing_is_kept_under_another_key()
    {
        var before = Build(Papers);
        var reused = Build(Papers, new SearchIndexReuse(before.Memory, (_, _) => false));

        Assert.Empty(reused.Kept);
        Assert.Equal(before.Files.Select(f => (f.Name, f.Bytes.Length)), reused.Files.Select(f => (f.Name, f.Bytes.Length)));
    }

    private static SearchIndex Build(ImmutableArray<RenderedPaper> papers, SearchIndexReuse? reuse = null) =>
        SearchIndexBuilder.Build(SearchPapers.Site(), SearchPapers.Tags, papers, SearchPapers.Words, SearchIndexBuilder.ShardBudget, reuse);

    /// <summary>What the output holds after <paramref name="index"/> was written: each of its files, under its key.</summary>
    private static Func<string, Fingerprint, bool> Written(SearchIndex index)
    {
        var keys = index.Files.ToDictionary(f => f.Name, f => f.MadeFrom, StringComparer.Ordinal);
        return (name, key) => keys.TryGetValue(name, out var written) && written.Matches(key);
    }

    /// <summary>The kept and written files of <paramref name="reused"/> are the files of <paramref name="fresh"/>, kept ones as <paramref name="before"/> wrote them.</summary>
    private static void AssertSameFiles(SearchIndex fresh, SearchIndex reused, SearchIndex before)
    {
        var previous = before.Files.ToDictionary(f => f.Name, f => f.Bytes, StringComparer.Ordinal);
        var made = reused.Files.ToDictionary(f => f.Name, f => f.Bytes, StringComparer.Ordinal);
        foreach (var (name, _) in reused.Kept)
        {
            Assert.False(made.ContainsKey(name), $"{name} both kept and written");
            made[name] = previous[name];
        }

        Assert.Equal(fresh.Files.Select(f => f.Name).Order(StringComparer.Ordinal), made.Keys.Order(StringComparer.Ordinal));
        Assert.All(fresh.Files, f => Assert.True(f.Bytes.AsSpan().SequenceEqual(made[f.Name]), $"{f.Name} differs"));
    }

    private static RenderedPaper Rewritten(RenderedPaper rendered, string title, string words, string? summary = null)
    {
        var paper = rendered.Paper;
        return SearchPapers.Paper(paper.Slug, title, paper.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            paper.Body + $"\n\n{words}.", paper.Authors, paper.Tags, paper.Arxiv, summary ?? rendered.Summary, paper.Venue?.Name, paper.Doi);
    }
}
