using System.Text;
using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Parsing;
using PaperDigest.Reading;

namespace PaperDigest.Tests.Parsing;

/// <summary>What the parser makes of valid entries; the golden cases check what it says about invalid ones.</summary>
public sealed class PaperParserTests
{
    [Fact]
    public void Every_field_of_a_full_entry_is_read()
    {
        var paper = ParseCase("valid-entry");

        Assert.Equal("Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood", paper.Title);
        Assert.Equal(["Yaxuan Zhu", "Jianwen Xie", "Ying Nian Wu", "Ruiqi Gao"], paper.Authors.ToArray());
        Assert.Equal(new DateOnly(2025, 3, 11), paper.Date);
        Assert.Equal(["diffusion-models", "transformers"], paper.Tags.ToArray());
        Assert.Equal("2309.05153", paper.Arxiv);
        Assert.Equal("10.48550/arXiv.2309.05153", paper.Doi);
        Assert.Equal(new DateOnly(2023, 9, 10), paper.Published);
        Assert.Equal(new Venue("ICLR 2024", VenueKind.Conference, Year: 2024), paper.Venue);
        Assert.Equal("One sentence shown on cards.", paper.Tldr);
        Assert.Equal("https://arxiv.org/pdf/2309.05153", paper.Links.Pdf?.AbsoluteUri);
        Assert.Equal("https://github.com/AlvinZhuyx/CDRL", paper.Links.Code?.AbsoluteUri);
        Assert.Equal("http://example.org/cdrl", paper.Links.Project?.AbsoluteUri);
        Assert.Equal("https://example.org/data", paper.Links.Data?.AbsoluteUri);
        Assert.True(paper.Featured);
        Assert.False(paper.Draft);
        Assert.Equal("cooperative-diffusion-recovery", paper.Slug);
        Assert.Equal("/papers/cooperative-diffusion-recovery/", paper.Path);
        Assert.Equal(["/old/cdrl/", "/2023/cdrl.html"], paper.Aliases.ToArray());
        Assert.Equal("Energy-based models define a density only up to normalisation.\n", paper.Body);
        Assert.Equal(21, paper.BodyLine);
        Assert.Equal(new SourceLocation("entry.md", 18, 7), paper.Locations.Slug);
    }

    [Fact]
    public void An_arxiv_version_is_kept_for_links_but_not_in_the_slug()
    {
        var paper = ParseCase("arxiv-with-version");

        Assert.Equal("2309.05153v2", paper.Arxiv);
        Assert.Equal("2309.05153", paper.Slug);
        Assert.Equal("https://arxiv.org/abs/2309.05153v2", paper.ArxivAbsUrl);
        Assert.Equal(new SourceLocation("entry.md", 6, 8), paper.Locations.Slug);
    }

    [Fact]
    public void An_old_style_arxiv_id_makes_a_slug_without_a_slash()
    {
        var paper = ParseCase("arxiv-old-style");

        Assert.Equal("hep-th/9901001", paper.Arxiv);
        Assert.Equal("hep-th-9901001", paper.Slug);
    }

    [Fact]
    public void An_arxiv_prefix_is_dropped()
    {
        var paper = ParseCase("arxiv-prefixed");

        Assert.Equal("2309.05153", paper.Arxiv);
        Assert.Equal("https://arxiv.org/pdf/2309.05153", paper.PdfUrl);
    }

    [Fact]
    public void A_doi_resolver_url_is_normalised_to_the_bare_doi()
    {
        var paper = ParseCase("doi-resolver-url");

        Assert.Equal("10.1103/PhysRevE.108.014309", paper.Doi);
        Assert.Equal("https://doi.org/10.1103/PhysRevE.108.014309", paper.DoiUrl);
    }

    [Fact]
    public void A_bom_and_crlf_line_endings_are_accepted_and_do_not_leak_into_values()
    {
        var paper = ParseCase("bom-crlf-valid");

        Assert.Equal("Active Brownian Particles Near Walls", paper.Title);
        Assert.Equal(["Ada Lovelace", "Grace Hopper"], paper.Authors.ToArray());
        Assert.Equal("Self-propelled particles pile up at walls; the authors explain why.\n", paper.Body);
        Assert.Equal(7, paper.BodyLine);
        Assert.Equal("active-brownian-particles-near-walls", paper.Slug);
    }

    [Fact]
    public void Text_is_nfc_normalised()
    {
        var paper = ParseCase("nfd-title-valid");

        Assert.Equal("Phase separation \u00e0 la Cahn", paper.Title);
        Assert.True(paper.Title.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Missing_authors_is_only_a_warning_and_the_paper_is_kept()
    {
        var bag = new DiagnosticBag();
        var paper = PaperParser.Parse(Decode("authors-missing"), EntryText.Rules, bag);

        Assert.NotNull(paper);
        Assert.Empty(paper.Authors.ToArray());
        Assert.Equal(Severity.Warning, Assert.Single(bag.Items).Severity);
    }

    [Fact]
    public void Optional_keys_may_be_left_empty()
    {
        var paper = EntryText.Paper("entry.md", EntryText.Entry("Sparse", "arxiv:", "doi: ~", "venue: null", "links:", "featured:", "aliases:"));

        Assert.Null(paper.Arxiv);
        Assert.Null(paper.Doi);
        Assert.Null(paper.Venue);
        Assert.Equal(PaperLinks.None, paper.Links);
        Assert.False(paper.Featured);
        Assert.Empty(paper.Aliases.ToArray());
    }

    [Fact]
    public void A_future_date_is_accepted_when_scheduled_publishing_is_on()
    {
        var rules = EntryText.Rules with { AllowFuture = true };

        Assert.Empty(EntryText.Diagnostics(EntryText.Entry("Soon").Replace("2025-03-11", "2025-12-24", StringComparison.Ordinal), rules));
    }

    [Fact]
    public void Diagnostics_of_one_entry_do_not_depend_on_earlier_entries_in_the_same_bag()
    {
        var bag = new DiagnosticBag();
        PaperParser.Parse(EntryText.Source("bad.md", EntryText.Entry("Bad", "featured: yes")), EntryText.Rules, bag);

        var paper = PaperParser.Parse(EntryText.Source("good.md", EntryText.Entry("Good")), EntryText.Rules, bag);

        Assert.NotNull(paper);
    }

    [Theory]
    [InlineData("tags: []\n")]
    [InlineData("")]
    public void A_draft_may_have_no_tags_yet_with_a_warning_but_a_published_entry_may_not(string tagsLine)
    {
        var draft = EntryText.Entry("Untagged", "draft: true").Replace("tags: [active-matter]\n", tagsLine, StringComparison.Ordinal);
        var published = EntryText.Entry("Untagged").Replace("tags: [active-matter]\n", tagsLine, StringComparison.Ordinal);

        var warning = Assert.Single(EntryText.Diagnostics(draft));
        Assert.Contains("warning PD0125: the draft has no tags yet; publishing it needs at least one tag from tags.yml", warning, StringComparison.Ordinal);
        Assert.Empty(EntryText.Paper("entry.md", draft).Tags);
        Assert.Contains(EntryText.Diagnostics(published), d => d.Contains("error PD01", StringComparison.Ordinal) && d.Contains("tags", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_may_contain_further_fences()
    {
        var paper = EntryText.Paper("entry.md", EntryText.Entry("Fences") + "---\nnot: front matter\n---\n");

        Assert.Equal("A short write-up.\n---\nnot: front matter\n---\n", paper.Body);
    }

    [Fact]
    public void Front_matter_may_be_closed_with_three_dots()
    {
        var paper = EntryText.Paper("entry.md", EntryText.Entry("Dots").Replace("---\nA short", "...\nA short", StringComparison.Ordinal));

        Assert.Equal("A short write-up.\n", paper.Body);
    }

    private static SourceFile Decode(string caseName)
    {
        var bag = new DiagnosticBag();
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.TestFiles, "Diagnostics", caseName, "entry.md"));
        var source = SourceDecoder.Decode("entry.md", bytes, bag);
        Assert.Empty(bag.Items);
        return source!;
    }

    private static Paper ParseCase(string caseName)
    {
        var bag = new DiagnosticBag();
        var paper = PaperParser.Parse(Decode(caseName), EntryText.Rules, bag);
        Assert.Empty(bag.Items);
        return paper!;
    }
}
