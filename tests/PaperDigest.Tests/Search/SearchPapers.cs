using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Rendering;
using PaperDigest.Search;

namespace PaperDigest.Tests.Search;

/// <summary>Papers, tags and site settings made in memory for the search index tests.</summary>
internal static class SearchPapers
{
    public static SiteConfig Site(string language = "en", string baseUrl = "https://digest.example.org/") =>
        new("Test Digest", "A digest for tests.", new Uri(baseUrl), language, TimeZoneInfo.Utc, 10, 20, ["Editor"]);

    /// <summary>The one pool every test paper's words and search terms are numbered in.</summary>
    public static PaperDigest.Indexing.WordPool Words { get; } = new();

    public static ImmutableArray<Tag> Tags { get; } =
    [
        new("diffusion-models", "Diffusion Models", "Generative models."),
        new("active-matter", "Active Matter", "Self-driven particles."),
    ];

    public static RenderedPaper Paper(
        string slug,
        string title,
        string date,
        string markdown,
        AuthorList authors,
        ImmutableArray<string> tags,
        string? arxiv = null,
        string? tldr = null,
        string? venue = null,
        string? doi = null,
        string language = "en")
    {
        var nowhere = new SourceLocation("entry.md", 1, 1);
        var paper = new Paper(
            $"input/papers/2025/{slug}.md", slug, title, authors, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), tags,
            arxiv, doi, null, venue is null ? null : new Venue(venue), tldr, PaperLinks.None, Featured: false, Draft: false, [], markdown, 5,
            new EntryLocations(nowhere, nowhere, nowhere, []));
        var rendered = MarkdownRenderer.For("/").Render(markdown);
        var analysis = PaperDigest.Indexing.TextAnalysis.For(language);
        var writeUpTerms = analysis.Terms(rendered.Text, Words);
        var search = new SearchTermExtractor(Site(language), new TagRegistry(Tags), Words).Of(paper, rendered.Text, writeUpTerms);
        return new RenderedPaper(paper, rendered.Html, tldr ?? "Summary of " + title + ".",
            PaperDigest.Indexing.TermCounts.Of(analysis.Terms(title, Words), writeUpTerms), search);
    }

    /// <summary>Three papers, newest first as in the site model: a diffusion paper, a colloids paper by Löwen that mentions it, and an older one.</summary>
    public static ImmutableArray<RenderedPaper> Small { get; } = SmallIn("en");

    /// <summary><see cref="Small"/> with search terms taken as for a digest in <paramref name="language"/>.</summary>
    public static ImmutableArray<RenderedPaper> SmallIn(string language) =>
    [
        Paper("2408.00336", "Cybloids - Creation and Control of Cybernetic Colloids", "2025-03-27",
            "Feedback control, unlike the *diffusion* models of arXiv:2309.05153v2, steers real colloids.",
            ["Debasish Saha", "Hartmut Löwen"], ["active-matter"], arxiv: "2408.00336", language: language),
        Paper("2309.05153", "Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood", "2025-03-11",
            "Pairs each model with an initialiser; the energy $E(xi)$ is learned &amp; sampled.",
            ["Yaxuan Zhu", "Ruiqi Gao"], ["diffusion-models"], arxiv: "2309.05153v2", tldr: "Cooperative training closes the gap.", venue: "ICLR 2024", language: language),
        Paper("strasse-der-modelle", "Σπιν models and the Straße of Øresund", "2024-12-01",
            "An older write-up about spin glasses.",
            ["Łukasz Dæhlie"], ["active-matter"], doi: "10.1103/PhysRevE.108.014309", language: language),
    ];
}
