using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Parsing;
using PaperDigest.Reading;

namespace PaperDigest.Tests.Parsing;

public sealed class TagRegistryParserTests
{
    [Fact]
    public void The_sample_tags_yml_parses_in_file_order()
    {
        var bag = new DiagnosticBag();
        var file = InputReader.Read(RepoPaths.Input, "tags.yml", bag);
        var registry = TagRegistryParser.Parse(file!, bag);

        Assert.Empty(bag.Items);
        Assert.NotNull(registry);
        Assert.Equal("diffusion-models", registry.Tags[0].Slug);
        Assert.Equal("Diffusion Models", registry["diffusion-models"].Name);
        Assert.True(registry.Contains("active-matter"));
        Assert.False(registry.Contains("Active-Matter"));
        Assert.Equal(20, registry.Tags.Length);
    }

    [Fact]
    public void Description_is_optional()
    {
        var (registry, diagnostics) = Parse("transformers:\n  name: Transformers\n");

        Assert.Empty(diagnostics);
        Assert.Equal(new Tag("transformers", "Transformers", ""), Assert.Single(registry!.Tags));
    }

    [Fact]
    public void Tag_slug_with_spaces_and_capitals_is_refused()
    {
        var (registry, diagnostics) = Parse("Diffusion Models:\n  name: Diffusion Models\n");

        Assert.Null(registry);
        Assert.Equal(["tags.yml:1:1: error PD0300: tag slug 'Diffusion Models' is not allowed; use lower-case letters, digits and '-'"], diagnostics);
    }

    [Theory]
    [InlineData("diffusion_models")]
    [InlineData("-diffusion")]
    [InlineData("diffusion.models")]
    [InlineData("diffusión")]
    public void Tag_slug_must_be_lower_case_letters_digits_and_dashes(string slug)
    {
        var (_, diagnostics) = Parse($"{slug}:\n  name: X\n");

        Assert.Equal([$"tags.yml:1:1: error PD0300: tag slug '{slug}' is not allowed; use lower-case letters, digits and '-'"], diagnostics);
    }

    [Fact]
    public void Tag_without_name_is_reported()
    {
        var (registry, diagnostics) = Parse("active-matter:\n  description: Self-driven particles.\n");

        Assert.Null(registry);
        Assert.Equal(["tags.yml:2:3: error PD0101: required key 'name' is missing"], diagnostics);
    }

    [Fact]
    public void Tag_given_as_a_string_is_reported()
    {
        var (registry, diagnostics) = Parse("active-matter: Active Matter\n");

        Assert.Null(registry);
        Assert.Equal(
            ["tags.yml:1:16: error PD0300: tag 'active-matter' must be a mapping such as { name: Diffusion models, description: ... }, not a single value"],
            diagnostics);
    }

    [Fact]
    public void Unknown_key_in_a_tag_suggests_the_known_one()
    {
        var (_, diagnostics) = Parse("active-matter:\n  nmae: Active Matter\n");

        Assert.Equal(
            [
                "tags.yml:2:3: error PD0100: unknown key 'nmae' in tag 'active-matter' (did you mean 'name'?)",
                "tags.yml:2:3: error PD0101: required key 'name' is missing",
            ],
            diagnostics);
    }

    [Fact]
    public void Tag_listed_twice_is_reported_at_the_second()
    {
        var (registry, diagnostics) = Parse("active-matter:\n  name: A\nactive-matter:\n  name: B\n");

        Assert.Null(registry);
        Assert.Equal(["tags.yml:3:1: error PD0016: key 'active-matter' appears more than once"], diagnostics);
    }

    [Fact]
    public void Broken_yaml_is_a_syntax_error_and_no_registry()
    {
        var (registry, diagnostics) = Parse("active-matter:\n  name: [Active Matter\n");

        Assert.Null(registry);
        var line = Assert.Single(diagnostics);
        Assert.StartsWith("tags.yml:", line, StringComparison.Ordinal);
        Assert.Contains("error PD0012: YAML syntax error", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_tag_is_reported_in_one_run()
    {
        var (registry, diagnostics) = Parse(
            "Bad Slug:\n  name: X\nno-name:\n  description: Y\nstring-value: Z\ngood:\n  name: Good\n");

        Assert.Null(registry);
        Assert.Equal([1, 4, 5], diagnostics.Select(d => int.Parse(d.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("- active-matter\n- transformers\n")]
    public void A_tags_yml_that_is_not_a_mapping_is_reported(string text)
    {
        var (registry, diagnostics) = Parse(text);

        Assert.Null(registry);
        Assert.Contains("error PD0300: tags.yml must map each tag slug", Assert.Single(diagnostics), StringComparison.Ordinal);
    }

    [Fact]
    public void Arxiv_lists_the_categories_a_tag_stands_for()
    {
        var (registry, diagnostics) = Parse("astrophysics:\n  name: Astrophysics\n  arxiv: [astro-ph.CO, hep-th, cond-mat.stat-mech]\nother:\n  name: Other\n");

        Assert.Empty(diagnostics);
        Assert.Equal<string>(["astro-ph.CO", "hep-th", "cond-mat.stat-mech"], registry!["astrophysics"].ArxivCategories);
        Assert.Empty(registry["other"].ArxivCategories);
        Assert.Equal(["astrophysics"], registry.ForArxivCategory("ASTRO-PH.co").Select(t => t.Slug));
        Assert.Empty(registry.ForArxivCategory("astro-ph"));
    }

    [Fact]
    public void The_sample_maps_arxiv_categories()
    {
        var bag = new DiagnosticBag();
        var registry = TagRegistryParser.Parse(InputReader.Read(RepoPaths.Input, "tags.yml", bag)!, bag)!;

        Assert.Equal(["statistical-physics"], registry.ForArxivCategory("cond-mat.stat-mech").Select(t => t.Slug));
        Assert.Equal(["astrophysics"], registry.ForArxivCategory("astro-ph.HE").Select(t => t.Slug));
    }

    [Theory]
    [InlineData("[cs.CL, \"cs.LG stat.ML\"]", "5:18: error PD0302: 'cs.LG stat.ML' in the arxiv list of tag 't' is not an arXiv category")]
    [InlineData("[arXiv:cs.CL]", "5:11: error PD0302: 'arXiv:cs.CL' in the arxiv list of tag 't' is not an arXiv category")]
    [InlineData("[CS.CL]", "5:11: error PD0302: 'CS.CL' in the arxiv list")]
    [InlineData("[cs.]", "5:11: error PD0302: 'cs.' in the arxiv list")]
    [InlineData("[2309.05153]", "5:11: error PD0302: '2309.05153' in the arxiv list")]
    [InlineData("[cs.CL, cs.cl]", "5:18: error PD0302: the arXiv category 'cs.cl' is listed twice for tag 't'")]
    [InlineData("[[cs.CL]]", "5:11: error PD0102: each item of 'arxiv' must be text, not a list")]
    [InlineData("cs.CL", "5:10: error PD0102: 'arxiv' must be a list, such as [a, b], not a single value")]
    [InlineData("{cs: CL}", "5:10: error PD0102: 'arxiv' must be a list, such as [a, b], not a mapping (key: value pairs)")]
    public void A_bad_arxiv_list_is_reported_at_its_line_and_column(string value, string expected)
    {
        var (registry, diagnostics) = Parse($"x:\n  name: X\nt:\n  name: T\n  arxiv: {value}\n");

        Assert.Null(registry);
        Assert.StartsWith("tags.yml:" + expected, Assert.Single(diagnostics), StringComparison.Ordinal);
    }

    private static (TagRegistry? Registry, IReadOnlyList<string> Diagnostics) Parse(string text)
    {
        var bag = new DiagnosticBag();
        var registry = TagRegistryParser.Parse(EntryText.Source("tags.yml", text), bag);
        return (registry, EntryText.Lines(bag));
    }
}
