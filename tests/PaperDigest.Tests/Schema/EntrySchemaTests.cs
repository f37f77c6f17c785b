using System.Text.Json;
using System.Text.RegularExpressions;
using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Parsing;
using PaperDigest.Reading;

namespace PaperDigest.Tests.Schema;

/// <summary>
/// Keeps <c>schema/entry.schema.json</c>, which editors' YAML tooling reads, in step with the validator the build
/// runs: same keys, same required keys, same link kinds, and patterns that accept and refuse what the build does.
/// </summary>
public sealed class EntrySchemaTests
{
    private static readonly JsonElement Schema =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "schema", "entry.schema.json"))).RootElement;

    private static JsonElement Property(string name) => Schema.GetProperty("properties").GetProperty(name);

    private static Regex Pattern(JsonElement element) => new(element.GetProperty("pattern").GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1));

    [Fact]
    public void The_schema_knows_exactly_the_keys_the_validator_knows()
    {
        var schemaKeys = Schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(PaperParser.Keys.Order(StringComparer.Ordinal), schemaKeys);
        Assert.False(Schema.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void The_schema_requires_exactly_the_keys_whose_absence_stops_the_build()
    {
        var full = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = "title: \"A paper\"",
            ["authors"] = "authors: [Ada Lovelace]",
            ["date"] = "date: 2025-03-11",
            ["tags"] = "tags: [physics]",
            ["arxiv"] = "arxiv: \"2309.05153\"",
            ["doi"] = "doi: 10.1103/PhysRevE.108.014309",
            ["published"] = "published: 2023-09-10",
            ["updated"] = "updated: 2024-01-15",
            ["venue"] = "venue: ICLR 2024",
            ["tldr"] = "tldr: One sentence.",
            ["links"] = "links: { code: https://example.org/code }",
            ["featured"] = "featured: true",
            ["draft"] = "draft: false",
            ["slug"] = "slug: a-paper",
            ["aliases"] = "aliases: [/old/]",
            ["figures"] = "figures: [{ file: overview.png, alt: \"A diagram of the method.\" }]",
        };
        Assert.Equal(PaperParser.Keys.Order(StringComparer.Ordinal), full.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(Errors(full.Values));

        var requiredByValidator = full.Keys.Where(key => Errors(full.Where(kv => kv.Key != key).Select(kv => kv.Value)).Count > 0);
        // What a published entry (draft: false) needs: the keys every entry needs, and those only a draft may leave out.
        var requiredBySchema = Schema.GetProperty("required").EnumerateArray().Concat(Schema.GetProperty("else").GetProperty("required").EnumerateArray())
            .Select(e => e.GetString()!);
        Assert.Equal(requiredByValidator.Order(StringComparer.Ordinal), requiredBySchema.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Only_a_draft_may_have_no_tags_in_the_schema_as_in_the_validator()
    {
        string[] entry = ["title: \"A paper\"", "date: 2025-03-11", "tags: []"];
        Assert.Empty(Errors([.. entry, "draft: true"]));
        Assert.NotEmpty(Errors([.. entry, "draft: false"]));
        Assert.NotEmpty(Errors(entry));

        Assert.False(Property("tags").TryGetProperty("minItems", out _));
        Assert.Equal("true", Schema.GetProperty("if").GetProperty("properties").GetProperty("draft").GetProperty("const").GetRawText());
        Assert.Equal(["draft"], Schema.GetProperty("if").GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, Schema.GetProperty("else").GetProperty("properties").GetProperty("tags").GetProperty("minItems").GetInt32());
    }

    [Fact]
    public void The_schema_allows_exactly_the_link_kinds_the_validator_allows()
    {
        var links = Property("links").GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(PaperLinks.Keys.Order(StringComparer.Ordinal), links);
    }

    [Theory]
    [InlineData("2309.05153")]
    [InlineData("2309.05153v2")]
    [InlineData("0704.0001")]
    [InlineData("hep-th/9901001")]
    [InlineData("math.GT/0309136")]
    [InlineData("cond-mat/0207270v3")]
    [InlineData("2313.12345")]
    [InlineData("2309.0515")]
    [InlineData("2309.051530")]
    [InlineData("abc")]
    [InlineData("hep-th/990100")]
    [InlineData("2309.05153v0")]
    public void The_arxiv_pattern_agrees_with_the_validator(string id) =>
        Assert.Equal(Identifiers.IsArxivId(id), Pattern(Property("arxiv")).IsMatch(id));

    [Theory]
    [InlineData("2309.05153")]
    [InlineData("a-paper")]
    [InlineData("hep-th-9901001")]
    [InlineData("A-Paper")]
    [InlineData("-paper")]
    [InlineData("a/b")]
    [InlineData("a_b")]
    public void The_slug_pattern_agrees_with_the_validator(string slug) =>
        Assert.Equal(Identifiers.IsSlug(slug), Pattern(Property("slug")).IsMatch(slug));

    [Theory]
    [InlineData("/old/path/")]
    [InlineData("/old.html")]
    [InlineData("/papers/old-slug/")]
    [InlineData("old/path/")]
    [InlineData("/a//b/")]
    [InlineData("/a b/")]
    public void The_alias_pattern_agrees_with_the_validator_on_shape(string alias) =>
        Assert.Equal(Identifiers.IsAlias(alias), Pattern(Property("aliases").GetProperty("items")).IsMatch(alias));

    [Theory]
    [InlineData("10.1103/PhysRevE.108.014309")]
    [InlineData("https://doi.org/10.1063/5.0155890")]
    [InlineData("doi:10.1126/science.adi8474")]
    [InlineData("10.1/x")]
    [InlineData("not a doi")]
    public void The_doi_pattern_agrees_with_the_validator(string doi) =>
        Assert.Equal(Identifiers.NormaliseDoi(doi) is not null, Pattern(Property("doi")).IsMatch(doi));

    [Fact]
    public void Author_and_venue_mappings_have_exactly_the_keys_and_kinds_the_validator_knows()
    {
        var defs = Schema.GetProperty("$defs");
        Assert.Equal(AuthorParser.Keys.Order(StringComparer.Ordinal),
            defs.GetProperty("author").GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(Venue.Keys.Order(StringComparer.Ordinal),
            defs.GetProperty("venue").GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(Venue.KindNames, defs.GetProperty("venue").GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!));
        Assert.False(Property("authors").TryGetProperty("uniqueItems", out _), "two co-authors may share a name");
    }

    [Theory]
    [InlineData("authors: [Ada Lovelace, { name: Grace Hopper, orcid: 0000-0002-1825-0097 }, others]")]
    [InlineData("authors: [Wei Zhang, Wei Zhang]")]
    [InlineData("venue: { name: Nature, kind: journal, volume: 586, issue: 7830, pages: 12–20, year: 2020, publisher: Springer, url: https://nature.com/x }")]
    public void Both_forms_of_authors_and_venue_build(string line) =>
        Assert.Empty(Errors(["title: \"A paper\"", "date: 2025-03-11", "tags: [physics]", line]));

    [Theory]
    [InlineData("0000-0002-1825-0097")]
    [InlineData("https://orcid.org/0000-0002-1694-233X")]
    [InlineData("0000-0002-1825")]
    [InlineData("0000-0002-1825-009Y")]
    [InlineData("orcid:0000-0002-1825-0097")]
    public void The_orcid_pattern_agrees_with_the_validator_on_ids_with_a_right_check_digit(string orcid) =>
        Assert.Equal(Identifiers.NormaliseOrcid(orcid) is not null,
            Pattern(Schema.GetProperty("$defs").GetProperty("author").GetProperty("properties").GetProperty("orcid")).IsMatch(orcid));

    [Fact]
    public void The_readme_tells_editors_where_the_schema_is() =>
        Assert.Contains("schema/entry.schema.json", File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")), StringComparison.Ordinal);

    [Fact]
    public void A_figure_has_exactly_the_keys_and_required_keys_the_validator_knows()
    {
        var figure = Schema.GetProperty("$defs").GetProperty("figure");
        Assert.Equal(FigureParser.Keys.Order(StringComparer.Ordinal), figure.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["alt", "file"], figure.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(Content.Figure.MaxPerEntry, Property("figures").GetProperty("maxItems").GetInt32());
        Assert.Equal(FigureParser.MaxFileNameLength, figure.GetProperty("properties").GetProperty("file").GetProperty("maxLength").GetInt32());
        Assert.Empty(Errors(["title: \"A paper\"", "date: 2025-03-11", "tags: [physics]", "figures: [{ file: a.png, alt: \"A plot.\", caption: \"Left: before.\" }]"]));
        Assert.NotEmpty(Errors(["title: \"A paper\"", "date: 2025-03-11", "tags: [physics]", "figures: [{ file: a.png }]"]));
    }

    [Theory]
    [InlineData("overview.png")]
    [InlineData("Figure-1.JPG")]
    [InlineData("fig.2.jpeg")]
    [InlineData("plot_3.webp")]
    [InlineData("anim.gif")]
    [InlineData("../secret.png")]
    [InlineData("sub/overview.png")]
    [InlineData(".hidden.png")]
    [InlineData("overview.svg")]
    [InlineData("overview")]
    [InlineData("a b.png")]
    public void The_figure_file_pattern_agrees_with_the_validator(string file) =>
        Assert.Equal(FigureParser.IsFileName(file), Pattern(Schema.GetProperty("$defs").GetProperty("figure").GetProperty("properties").GetProperty("file")).IsMatch(file));

    private static List<Diagnostic> Errors(IEnumerable<string> lines)
    {
        var text = "---\n" + string.Join('\n', lines) + "\n---\nBody.\n";
        var bag = new DiagnosticBag();
        var source = SourceDecoder.Decode("entry.md", System.Text.Encoding.UTF8.GetBytes(text), bag)!;
        var tags = new TagRegistry([new Tag("physics", "Physics", "")]);
        PaperParser.Parse(source, new EntryRules(tags, new DateOnly(2026, 1, 1), AllowFuture: false), bag);
        return [.. bag.Items.Where(d => d.IsError)];
    }
}
