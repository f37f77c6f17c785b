using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Validation;

namespace PaperDigest.Tests.Parsing;

/// <summary>Checks across entries: each duplicate is reported once, at the later file in ordinal path order, naming the earlier.</summary>
public sealed class DigestValidatorTests
{
    private const string First = "input/papers/2025/a.md";
    private const string Second = "input/papers/2025/b.md";

    [Fact]
    public void Distinct_entries_have_no_diagnostics()
    {
        var papers = new[]
        {
            EntryText.Paper(First, EntryText.Entry("Alpha", "arxiv: \"2309.05153\"", "doi: 10.1103/PhysRevE.108.014309", "aliases: [/old/alpha/]")),
            EntryText.Paper(Second, EntryText.Entry("Beta", "arxiv: \"2309.05154\"", "doi: 10.1103/PhysRevE.108.014310", "aliases: [/old/beta/]")),
        };

        Assert.Empty(DigestValidator.Validate(papers));
    }

    [Fact]
    public void Duplicate_slug_is_reported_at_the_later_file_whatever_the_input_order()
    {
        var papers = new[]
        {
            EntryText.Paper(Second, EntryText.Entry("Beta", "slug: shared-name")),
            EntryText.Paper(First, EntryText.Entry("Alpha", "slug: shared-name")),
        };

        var diagnostic = Assert.Single(DigestValidator.Validate(papers));

        Assert.Equal($"{Second}:6:7: error PD0112: duplicate slug 'shared-name': {First} has it too", diagnostic.ToString());
    }

    [Fact]
    public void Duplicate_slug_derived_from_titles_points_at_the_title()
    {
        var papers = new[]
        {
            EntryText.Paper(First, EntryText.Entry("Active Matter Near Walls")),
            EntryText.Paper(Second, EntryText.Entry("Active matter near walls!")),
        };

        var diagnostic = Assert.Single(DigestValidator.Validate(papers));

        Assert.Equal($"{Second}:2:8: error PD0112: duplicate slug 'active-matter-near-walls': {First} has it too", diagnostic.ToString());
    }

    [Fact]
    public void Same_arxiv_paper_cited_with_and_without_a_version_is_a_duplicate()
    {
        var papers = new[]
        {
            EntryText.Paper(First, EntryText.Entry("Alpha", "arxiv: \"2309.05153\"", "slug: alpha")),
            EntryText.Paper(Second, EntryText.Entry("Beta", "venue: ICLR", "arxiv: \"2309.05153v2\"", "slug: beta")),
        };

        var diagnostic = Assert.Single(DigestValidator.Validate(papers));

        Assert.Equal($"{Second}:7:8: error PD0113: duplicate arXiv id '2309.05153': {First} has it too", diagnostic.ToString());
    }

    [Fact]
    public void Same_arxiv_id_also_clashes_on_the_default_slug()
    {
        var papers = new[]
        {
            EntryText.Paper(First, EntryText.Entry("Alpha", "arxiv: hep-th/9901001")),
            EntryText.Paper(Second, EntryText.Entry("Beta", "arxiv: hep-th/9901001v2")),
        };

        var codes = DigestValidator.Validate(papers).Select(d => (d.Code, d.Location.Path)).Order().ToList();

        Assert.Equal([(DiagnosticCodes.DuplicateSlug, Second), (DiagnosticCodes.DuplicateArxivId, Second)], codes);
    }

    [Fact]
    public void Duplicate_doi_differing_only_in_case_and_resolver_prefix_is_a_duplicate()
    {
        var papers = new[]
        {
            EntryText.Paper(First, EntryText.Entry("Alpha", "doi: 10.1103/PhysRevE.108.014309")),
            EntryText.Paper(Second, EntryText.Entry("Beta", "doi: https://doi.org/10.1103/physreve.108.014309")),
        };

        var diagnostic = Assert.Single(DigestValidator.Validate(papers));

        Assert.Equal(DiagnosticCodes.DuplicateDoi, diagnostic.Code);
        Assert.Equal(new SourceLocation(Second, 6, 6), diagnostic.Location);
        Assert.Contains(First, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_alias_with_and_without_trailing_slash_is_a_duplicate()
    {
        var papers = new[]
        {
            EntryText.Paper(First, EntryText.Entry("Alpha", "aliases: [/2024/old-post/]")),
            EntryText.Paper(Second, EntryText.Entry("Beta", "aliases: [/2024/old-post]")),
        };

        var diagnostic = Assert.Single(DigestValidator.Validate(papers));

        Assert.Equal(DiagnosticCodes.DuplicateAlias, diagnostic.Code);
        Assert.Equal((Second, 6), (diagnostic.Location.Path, diagnostic.Location.Line));
        Assert.Equal($"duplicate alias '/2024/old-post/': {First} has it too", diagnostic.Message);
    }

    [Fact]
    public void Duplicate_alias_in_a_block_list_points_at_the_repeated_item()
    {
        var papers = new[]
        {
            EntryText.Paper(First, EntryText.Entry("Alpha", "aliases: [/2024/old-post/]")),
            EntryText.Paper(Second, EntryText.Entry("Beta", "aliases:", "  - /2024/fresh/", "  - /2024/old-post/")),
        };

        var diagnostic = Assert.Single(DigestValidator.Validate(papers));

        // The repeated alias is on line 8; line 7 holds an alias nobody else uses.
        Assert.Equal(new SourceLocation(Second, 8, 5), diagnostic.Location);
    }

    [Fact]
    public void Alias_equal_to_another_papers_address_is_reported_at_the_alias()
    {
        var papers = new[]
        {
            EntryText.Paper(First, EntryText.Entry("Alpha", "slug: alpha")),
            EntryText.Paper(Second, EntryText.Entry("Beta", "aliases: [/papers/alpha/]")),
        };

        var diagnostic = Assert.Single(DigestValidator.Validate(papers));

        Assert.Equal(DiagnosticCodes.DuplicateAlias, diagnostic.Code);
        Assert.Equal((Second, 6), (diagnostic.Location.Path, diagnostic.Location.Line));
        Assert.Equal($"alias '/papers/alpha/' is the address of {First}", diagnostic.Message);
    }

    [Fact]
    public void Alias_without_trailing_slash_equal_to_another_papers_address_is_reported()
    {
        var papers = new[]
        {
            EntryText.Paper(First, EntryText.Entry("Alpha", "aliases: [/papers/beta]")),
            EntryText.Paper(Second, EntryText.Entry("Beta", "slug: beta")),
        };

        var diagnostic = Assert.Single(DigestValidator.Validate(papers));

        Assert.Equal(DiagnosticCodes.DuplicateAlias, diagnostic.Code);
        Assert.Equal(First, diagnostic.Location.Path);
        Assert.Contains(Second, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Alias_repeated_within_one_entry_is_listed_twice()
    {
        var papers = new[]
        {
            EntryText.Paper(First, EntryText.Entry("Alpha", "aliases:", "  - /2024/old-post/", "  - /2024/old-post")),
        };

        var diagnostic = Assert.Single(DigestValidator.Validate(papers));

        Assert.Equal($"{First}:8:5: error PD0118: alias '/2024/old-post/' is listed twice", diagnostic.ToString());
    }

    [Fact]
    public void Alias_at_the_address_of_a_shared_slug_names_the_first_paper_with_it()
    {
        const string third = "input/papers/2025/c.md";
        var papers = new[]
        {
            EntryText.Paper(third, EntryText.Entry("Gamma", "aliases: [/papers/same/]")),
            EntryText.Paper(Second, EntryText.Entry("Beta", "slug: same")),
            EntryText.Paper(First, EntryText.Entry("Alpha", "slug: same")),
        };

        var diagnostics = DigestValidator.Validate(papers);

        Assert.Equal(
            [
                $"{Second}:6:7: error PD0112: duplicate slug 'same': {First} has it too",
                $"{third}:6:11: error PD0118: alias '/papers/same/' is the address of {First}",
            ],
            diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Aliases_near_a_paper_address_are_not_taken_for_it()
    {
        var papers = new[]
        {
            EntryText.Paper(First, EntryText.Entry("Alpha", "slug: alpha")),
            EntryText.Paper(Second, EntryText.Entry("Beta", "aliases: [/papers/, /papers/alpha/x/, /paper/alpha/, /papers/alpha.html]")),
        };

        Assert.Empty(DigestValidator.Validate(papers));
    }

    [Fact]
    public void Three_entries_with_one_slug_report_both_later_files_naming_the_first()
    {
        const string third = "input/papers/2025/c.md";
        Paper[] papers =
        [
            EntryText.Paper(third, EntryText.Entry("Gamma", "slug: same")),
            EntryText.Paper(First, EntryText.Entry("Alpha", "slug: same")),
            EntryText.Paper(Second, EntryText.Entry("Beta", "slug: same")),
        ];

        var diagnostics = DigestValidator.Validate(papers);

        Assert.Equal([Second, third], diagnostics.Select(d => d.Location.Path).Order(StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.Contains(First, d.Message, StringComparison.Ordinal));
    }
}
