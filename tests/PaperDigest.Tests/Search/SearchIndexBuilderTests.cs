using System.Globalization;
using System.Text.RegularExpressions;
using PaperDigest.Search;

namespace PaperDigest.Tests.Search;

/// <summary>The index files of a small digest, read back as the browser reads them.</summary>
public sealed partial class SearchIndexBuilderTests
{
    private static SearchIndex Build(string language = "en") =>
        SearchIndexBuilder.Build(SearchPapers.Site(language), SearchPapers.Tags, SearchPapers.SmallIn(language), SearchPapers.Words);

    [GeneratedRegex(@"^(meta\.json|docs-[0-9]+\.[0-9a-f]{8}\.json|(terms|dir)-([0-9a-f]{2})+\.[0-9a-f]{8}\.json)$")]
    private static partial Regex SafeName();

    [Fact]
    public void The_di_shard_has_diffusion_with_the_title_match_weighted_above_the_write_up_mention()
    {
        var reader = new IndexReader(Build());
        var diffusionPaper = reader.IdOf("2309.05153");
        var colloids = reader.IdOf("2408.00336");

        Assert.Equal("di", reader.ShardOf("diffusion"));
        var postings = reader.Find("diffusion");
        Assert.NotNull(postings);
        Assert.Equal([(diffusionPaper, SearchField.Title), (colloids, SearchField.WriteUp)], postings.OrderBy(p => p.Id));
        Assert.True(SearchFields.Weight(SearchField.Title) > SearchFields.Weight(SearchField.WriteUp));
        Assert.True(SearchFields.Weight(SearchField.Authors) > SearchFields.Weight(SearchField.Tldr));
    }

    [Fact]
    public void An_arxiv_id_is_one_term_without_version_weighted_highest_for_its_own_paper()
    {
        var reader = new IndexReader(Build());
        var postings = reader.Find("2309.05153");
        Assert.NotNull(postings);
        Assert.Contains((reader.IdOf("2309.05153"), SearchField.Id), postings);
        Assert.Contains((reader.IdOf("2408.00336"), SearchField.WriteUp), postings);
        Assert.Null(reader.Find("2309.05153v2"));
        Assert.Equal(SearchFields.Weights.Max(), SearchFields.Weight(SearchField.Id));
        Assert.Contains((reader.IdOf("strasse-der-modelle"), SearchField.Id), reader.Find("10.1103/physreve.108.014309")!);
    }

    [Fact]
    public void Names_are_indexed_without_accents_and_tags_by_name_and_slug()
    {
        var reader = new IndexReader(Build());
        Assert.Equal([(reader.IdOf("2408.00336"), SearchField.Authors)], reader.Find("lowen"));
        Assert.Equal([(reader.IdOf("strasse-der-modelle"), SearchField.Authors)], reader.Find("lukasz"));
        Assert.Equal([(reader.IdOf("strasse-der-modelle"), SearchField.Title)], reader.Find("strasse"));
        Assert.Equal(2, reader.Find("matter")!.Count(p => p.Field == SearchField.Tags));
        Assert.Contains((reader.IdOf("2309.05153"), SearchField.Venue), reader.Find("iclr")!);
        Assert.Contains((reader.IdOf("2309.05153"), SearchField.Tldr), reader.Find("cooperative")!.Concat(reader.Find("closes")!));
    }

    [Fact]
    public void Stop_words_single_letters_and_MathML_are_not_indexed_but_stop_words_are_in_other_languages()
    {
        var reader = new IndexReader(Build());
        Assert.Null(reader.Find("the"));
        Assert.Null(reader.Find("xi"));
        Assert.DoesNotContain(reader.Shards.Keys, k => k.Length < 2);
        Assert.Contains("the", reader.Meta.GetProperty("stopWords").EnumerateArray().Select(w => w.GetString()));

        var german = new IndexReader(Build("de"));
        Assert.NotNull(german.Find("the"));
        Assert.Equal(0, german.Meta.GetProperty("stopWords").GetArrayLength());
    }

    [Fact]
    public void Ids_count_from_the_oldest_paper_and_documents_hold_what_results_show()
    {
        var reader = new IndexReader(Build());
        Assert.Equal(0, reader.IdOf("strasse-der-modelle"));
        Assert.Equal(2, reader.IdOf("2408.00336"));

        var doc = reader.Document(reader.IdOf("2309.05153"));
        Assert.Equal("Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood", doc[0].GetString());
        Assert.Equal(["Yaxuan Zhu", "Ruiqi Gao"], doc[2].EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("2025-03-11", doc[3].GetString());
        Assert.Equal("diffusion-models", reader.Meta.GetProperty("tags")[doc[4][0].GetInt32()][0].GetString());
        Assert.Equal("2309.05153", doc[5].GetString());
        Assert.Equal("ICLR 2024", doc[6].GetString());
        Assert.Equal("Cooperative training closes the gap.", doc[7].GetString());
    }

    [Fact]
    public void Meta_names_every_other_file_and_every_name_is_safe_whatever_the_letters()
    {
        var index = Build();
        var reader = new IndexReader(index);
        var named = reader.Shards.Select(s => IndexReader.ShardFile(s.Key, s.Value.Hash))
            .Concat(reader.Dirs.Select(d => IndexReader.DirFile(d.Key, d.Value)))
            .Append(reader.DocsFile(0))
            .Append(SearchIndex.MetaFile);
        Assert.Equal(index.Files.Select(f => f.Name).Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
        Assert.All(index.Files, f => Assert.Matches(SafeName(), f.Name));
        Assert.Contains("σπ", reader.Shards.Keys);
        Assert.NotNull(reader.Find("σπιν"));
        Assert.Equal("/papers/{slug}/", reader.Meta.GetProperty("urls").GetProperty("paper").GetString());
    }

    [Fact]
    public void Urls_carry_the_base_path_of_the_site()
    {
        var index = SearchIndexBuilder.Build(SearchPapers.Site(baseUrl: "https://host.example.org/digest/"), SearchPapers.Tags, SearchPapers.Small, SearchPapers.Words);
        var urls = new IndexReader(index).Meta.GetProperty("urls");
        Assert.Equal("/digest/papers/{slug}/", urls.GetProperty("paper").GetString());
        Assert.Equal("/digest/tags/{slug}/", urls.GetProperty("tag").GetString());
    }

    [Fact]
    public void Files_are_compact_and_byte_identical_from_build_to_build_and_culture_to_culture()
    {
        var first = Build();
        var saved = CultureInfo.CurrentCulture;
        SearchIndex second;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            second = Build();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        Assert.Equal(first.Files.Select(f => f.Name), second.Files.Select(f => f.Name));
        Assert.All(first.Files.Zip(second.Files), pair => Assert.Equal(pair.First.Bytes, pair.Second.Bytes));
        Assert.All(first.Files, f => Assert.DoesNotContain((byte)'\n', f.Bytes));
    }

    [Fact]
    public void A_new_paper_changes_the_last_docs_file_and_the_shards_of_its_terms_only()
    {
        var before = Build();
        var newer = SearchPapers.Paper("2501.00001", "Quokka dynamics", "2025-04-01", "Quokkas.", ["Ann Author"], ["active-matter"]);
        var after = SearchIndexBuilder.Build(SearchPapers.Site(), SearchPapers.Tags, [newer, .. SearchPapers.Small], SearchPapers.Words);

        var changed = after.Files.Select(f => f.Name).Except(before.Files.Select(f => f.Name)).Order(StringComparer.Ordinal).ToList();
        Assert.Contains(changed, n => n.StartsWith("docs-0.", StringComparison.Ordinal));
        Assert.Contains(changed, n => n.StartsWith("terms-7175.", StringComparison.Ordinal)); // "qu"
        Assert.DoesNotContain(changed, n => n.StartsWith("terms-6469.", StringComparison.Ordinal)); // "di" is untouched
    }
}
