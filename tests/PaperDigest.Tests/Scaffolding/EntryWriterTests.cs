using PaperDigest.Content;
using System.Collections.Immutable;
using System.Text;
using PaperDigest.Scaffolding;

namespace PaperDigest.Tests.Scaffolding;

/// <summary>The text <c>new</c> and <c>import</c> write reads back, through the build's own parser, as the entry it was made from.</summary>
public sealed class EntryWriterTests
{
    private static readonly NewEntry Full = new(
        "Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood",
        ["Yaxuan Zhu", "Jianwen Xie", "Ying Nian Wu", "Ruiqi Gao"],
        new DateOnly(2025, 3, 11),
        ["diffusion-models", "statistical-physics"],
        Arxiv: "2309.05153",
        Doi: "10.48550/arXiv.2309.05153",
        Published: new DateOnly(2023, 9, 10),
        Venue: new Venue("ICLR 2024 (spotlight)"),
        Tldr: "One sentence: shown on cards.",
        Code: new Uri("https://github.com/AlvinZhuyx/CDRL"),
        Pdf: new Uri("https://example.org/cdrl.pdf"))
    {
        Updated = new DateOnly(2024, 3, 14),
    };

    [Fact]
    public void Writes_the_sample_entries_style()
    {
        Assert.Equal(
            """
            ---
            title: "Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood"
            authors: [Yaxuan Zhu, Jianwen Xie, Ying Nian Wu, Ruiqi Gao]
            date: 2025-03-11
            tags: [diffusion-models, statistical-physics]
            arxiv: "2309.05153"
            doi: 10.48550/arXiv.2309.05153
            published: 2023-09-10
            updated: 2024-03-14
            venue: "ICLR 2024 (spotlight)"
            tldr: "One sentence: shown on cards."
            links:
              code: https://github.com/AlvinZhuyx/CDRL
              pdf: https://example.org/cdrl.pdf
            slug: "2309.05153"
            draft: true
            ---
            Replace this paragraph with the editor's summary: why this paper matters and what it adds, in our own words. Do not paste the abstract.

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            EntryWriter.Write(Full));
    }

    [Fact]
    public void Every_field_reads_back_with_no_diagnostic()
    {
        var (paper, diagnostics) = ScaffoldingFixtures.Parse(EntryWriter.Write(Full));
        // A written entry is a draft holding the placeholder, which the parser reminds of (a warning).
        var unexpected = diagnostics.Where(d => d.Code != PaperDigest.Diagnostics.DiagnosticCodes.PlaceholderSummary || d.IsError);

        Assert.Empty(unexpected);
        Assert.NotNull(paper);
        Assert.Equal(Full.Title, paper.Title);
        Assert.Equal(Full.Authors.ToArray(), paper.Authors.ToArray());
        Assert.Equal(Full.Date, paper.Date);
        Assert.Equal(Full.Tags.ToArray(), paper.Tags.ToArray());
        Assert.Equal(Full.Arxiv, paper.Arxiv);
        Assert.Equal(Full.Doi, paper.Doi);
        Assert.Equal(Full.Published, paper.Published);
        Assert.Equal(Full.Updated, paper.Updated);
        // Written as the shorthand it was given as; read back, its kind and year are inferred.
        Assert.Equal(PaperDigest.Parsing.VenueShorthand.Read(Full.Venue!.Name), paper.Venue);
        Assert.Equal(Full.Tldr, paper.Tldr);
        Assert.Equal(Full.Code, paper.Links.Code);
        Assert.Equal(Full.Pdf, paper.Links.Pdf);
        Assert.Equal("2309.05153", paper.Slug);
        Assert.True(paper.ExplicitSlug, "the slug is written out, so the address does not follow identifiers added later");
        Assert.True(EntryWriter.IsPlaceholder(paper.Body));
    }

    [Fact]
    public void A_minimal_entry_has_title_date_tags_and_its_slug_only()
    {
        var entry = new NewEntry("A title", [], new DateOnly(2025, 1, 2), ["active-matter"]);
        var text = EntryWriter.Write(entry);

        Assert.Equal("---\ntitle: \"A title\"\ndate: 2025-01-02\ntags: [active-matter]\nslug: \"a-title\"\ndraft: true\n---\n" + EntryWriter.PlaceholderSummary + "\n", text);
        var (paper, diagnostics) = ScaffoldingFixtures.Parse(text);
        // Without authors the parser warns, as it should for an entry whose authors are unknown.
        Assert.Equal([PaperDigest.Diagnostics.DiagnosticCodes.NoAuthors, PaperDigest.Diagnostics.DiagnosticCodes.PlaceholderSummary], diagnostics.Select(d => d.Code));
        Assert.Equal("a-title", paper!.Slug);
        Assert.Equal("papers/2025/a-title.md", entry.RelativePath);
    }

    [Theory]
    [InlineData("Ada Lovelace", "Ada Lovelace")]
    [InlineData("C. Lawrence Zitnick", "C. Lawrence Zitnick")]
    [InlineData("Matthieu Malléjac", "Matthieu Malléjac")]
    [InlineData("Wu, Ying Nian", "\"Wu, Ying Nian\"")]
    [InlineData("O'Brien", "\"O'Brien\"")]
    [InlineData("null", "\"null\"")]
    [InlineData("- dash", "\"- dash\"")]
    [InlineData("The \"Team\"", "\"The \\\"Team\\\"\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    [InlineData("Team: #1 & [co]", "\"Team: #1 & [co]\"")]
    public void Authors_are_quoted_only_where_yaml_needs_it(string name, string written) =>
        Assert.Contains($"authors: [{written}]\n", EntryWriter.Write(new NewEntry("T", [name], new DateOnly(2025, 1, 1), ["active-matter"])), StringComparison.Ordinal);

    [Fact]
    public void The_placeholder_is_recognised_and_a_real_write_up_is_not()
    {
        Assert.True(EntryWriter.IsPlaceholder(EntryWriter.PlaceholderSummary + "\n"));
        Assert.True(EntryWriter.IsPlaceholder("My first sentence.\n\nReplace this paragraph with..."));
        Assert.False(EntryWriter.IsPlaceholder("Why this paper matters, in our own words.\n"));
        Assert.StartsWith("Replace this paragraph", EntryWriter.PlaceholderSummary, StringComparison.Ordinal);
    }

    /// <summary>Pieces of hostile text: YAML indicators, quotes, escapes, accents (both forms), emoji, line separators.</summary>
    private static readonly string[] Pieces =
    [
        "Word", "x", " ", "  ", ":", ": ", " #", "#", "-", "- ", "? ", "[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "'", "\"",
        "%", "@", "`", "\\", "\\n", "\\\"", "é", "e\u0301", "Ø", "ß", "漢字", "🧪", "👩‍🔬", "\t", "\n", "\u2028", "\u0085",
        "\u00A0", "null", "true", "~", "---", "...", "0x1F", "1e3", "&anchor", "*alias", "!!str", "%YAML", "<b>", "$x^2$",
    ];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 300)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Any_title_and_authors_read_back_unchanged(int seed)
    {
        var random = new Random(seed);
        var title = Clean(RandomText(random, 1, 12), "A title");
        var authors = Enumerable.Range(0, random.Next(0, 5))
            .Select(_ => Clean(RandomText(random, 1, 5), "Someone"))
            .Distinct(StringComparer.Ordinal)
            .ToImmutableArray();
        var venue = random.Next(3) == 0 ? new Venue(Clean(RandomText(random, 1, 6), "Venue")) : null;
        var tldr = random.Next(3) == 0 ? Clean(RandomText(random, 1, 6), "Tldr") : null;
        var entry = new NewEntry(title, AuthorList.Of(authors), new DateOnly(2025, 5, 1), ["diffusion-models"], Venue: venue, Tldr: tldr);

        var text = EntryWriter.Write(entry);
        var (paper, diagnostics) = ScaffoldingFixtures.Parse(text);

        var errors = diagnostics.Where(d => d.IsError || (!authors.IsEmpty && d.Code != PaperDigest.Diagnostics.DiagnosticCodes.PlaceholderSummary)).ToList();
        Assert.True(errors.Count == 0 && paper is not null, $"seed {seed}:\n{text}\n" + string.Join("\n", diagnostics));
        Assert.Equal(title, paper.Title);
        Assert.Equal(authors.ToArray(), paper.Authors.Names.ToArray());
        Assert.Equal(venue?.Name, paper.Venue?.Name);
        Assert.Equal(tldr, paper.Tldr);
        Assert.Equal(entry.Slug, paper.Slug);
        Assert.Single(text.Split('\n'), l => l.StartsWith("title: ", StringComparison.Ordinal));
    }

    private static string RandomText(Random random, int min, int max)
    {
        var builder = new StringBuilder();
        var count = random.Next(min, max + 1);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return builder.ToString();
    }

    /// <summary>What the commands do to any text before writing it; an empty result is replaced.</summary>
    private static string Clean(string text, string fallback) => SingleLineText.Clean(text) is { Length: > 0 } clean ? clean : fallback;
}
