using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Parsing;
using PaperDigest.Reading;

namespace PaperDigest.Tests.Parsing;

public sealed class SiteConfigParserTests
{
    private const string Minimal = "title: Boundary Layer\nbase_url: https://example.org/\n";

    [Fact]
    public void The_sample_site_yml_parses()
    {
        var bag = new DiagnosticBag();
        var file = InputReader.Read(RepoPaths.Input, "site.yml", bag);
        var site = SiteConfigParser.Parse(file!, bag);

        Assert.Empty(bag.Items);
        Assert.NotNull(site);
        Assert.Equal("Boundary Layer", site.Title);
        Assert.Equal("https://paperdigest.netlify.app/", site.BaseUrl.AbsoluteUri);
        Assert.Equal("Europe/Berlin", site.TimeZone.Id);
        Assert.Equal(10, site.PageSize);
        Assert.Equal(50, site.FeedItems);
        Assert.Equal(["Mira Okonkwo", "Jonas Halvorsen", "Priya Raman"], site.Editors.ToArray());
    }

    [Fact]
    public void Title_and_base_url_are_enough_and_the_rest_has_defaults()
    {
        var (site, diagnostics) = Parse(Minimal);

        Assert.Empty(diagnostics);
        Assert.NotNull(site);
        Assert.Equal("en", site.Language);
        Assert.Equal(TimeZoneInfo.Utc, site.TimeZone);
        Assert.Equal(10, site.PageSize);
        Assert.Equal(20, site.FeedItems);
        Assert.Equal("", site.Description);
        Assert.Empty(site.Editors.ToArray());
    }

    /// <summary>Found by the fuzzer: "timezone:" with no value refused site.yml without saying why.</summary>
    [Fact]
    public void A_timezone_without_a_value_is_utc()
    {
        var bag = new DiagnosticBag();
        var site = SiteConfigParser.Parse(EntryText.Source("site.yml", Minimal + "timezone:\n"), bag);

        Assert.Empty(bag.Items);
        Assert.Equal(TimeZoneInfo.Utc, site!.TimeZone);
    }

    [Fact]
    public void A_base_url_with_a_path_keeps_it()
    {
        var (site, _) = Parse("title: T\nbase_url: https://example.org/digest/\n");

        Assert.Equal("/digest/", site!.BasePath);
    }

    [Fact]
    public void Missing_title_is_reported()
    {
        var (site, diagnostics) = Parse("base_url: https://example.org/\n");

        Assert.Null(site);
        Assert.Equal(["site.yml:1:1: error PD0101: required key 'title' is missing"], diagnostics);
    }

    [Fact]
    public void Missing_base_url_is_reported()
    {
        var (site, diagnostics) = Parse("title: T\n");

        Assert.Null(site);
        Assert.Equal(["site.yml:1:1: error PD0101: required key 'base_url' is missing"], diagnostics);
    }

    [Theory]
    [InlineData("ftp://example.org/")]
    [InlineData("/digest/")]
    [InlineData("digest/")]
    [InlineData("example.org")]
    [InlineData("https://example.org/?preview=1")]
    [InlineData("https://example.org/#top")]
    [InlineData("javascript:alert(1)")]
    public void Base_url_must_be_absolute_http(string url)
    {
        var (site, diagnostics) = Parse($"title: T\nbase_url: \"{url}\"\n");

        Assert.Null(site);
        Assert.Equal(
            [$"site.yml:2:11: error PD0200: base_url must be an absolute http:// or https:// URL such as https://example.org/, not '{url}'"],
            diagnostics);
    }

    [Fact]
    public void Unknown_time_zone_is_reported()
    {
        var (site, diagnostics) = Parse(Minimal + "timezone: Mars/Olympus_Mons\n");

        Assert.Null(site);
        Assert.Equal(["site.yml:3:11: error PD0200: unknown time zone 'Mars/Olympus_Mons'; use an IANA name such as Europe/Berlin or UTC"], diagnostics);
    }

    [Theory]
    [InlineData("UTC")]
    [InlineData("America/New_York")]
    [InlineData("Asia/Kolkata")]
    public void Iana_time_zones_are_accepted(string zone)
    {
        var (site, diagnostics) = Parse(Minimal + $"timezone: {zone}\n");

        Assert.Empty(diagnostics);
        Assert.NotNull(site);
    }

    [Fact]
    public void Page_size_zero_is_out_of_range()
    {
        var (site, diagnostics) = Parse(Minimal + "page_size: 0\n");

        Assert.Null(site);
        Assert.Equal(["site.yml:3:12: error PD0200: 'page_size' must be between 1 and 1000, not 0"], diagnostics);
    }

    [Theory]
    [InlineData("ten", "'ten'")]
    [InlineData("-5", "'-5'")]
    [InlineData("2.5", "'2.5'")]
    [InlineData("[10]", "a list")]
    public void Page_size_must_be_a_whole_number(string value, string shown)
    {
        var (site, diagnostics) = Parse(Minimal + $"page_size: {value}\n");

        Assert.Null(site);
        Assert.Equal([$"site.yml:3:12: error PD0102: 'page_size' must be a whole number, not {shown}"], diagnostics);
    }

    [Fact]
    public void Unknown_key_suggests_the_closest_known_key()
    {
        var (site, diagnostics) = Parse("title: T\nbase_ulr: https://example.org/\n");

        Assert.Null(site);
        Assert.Equal(
            [
                "site.yml:1:1: error PD0101: required key 'base_url' is missing",
                "site.yml:2:1: error PD0100: unknown key 'base_ulr' in site.yml (did you mean 'base_url'?)",
            ],
            diagnostics);
    }

    [Fact]
    public void Unknown_key_far_from_every_known_key_has_no_suggestion()
    {
        var (_, diagnostics) = Parse(Minimal + "analytics: plausible\n");

        Assert.Equal(["site.yml:3:1: error PD0100: unknown key 'analytics' in site.yml"], diagnostics);
    }

    [Fact]
    public void Bad_language_tag_is_reported()
    {
        var (site, diagnostics) = Parse(Minimal + "language: english please\n");

        Assert.Null(site);
        Assert.Equal(["site.yml:3:11: error PD0200: language 'english please' is not a language tag such as en or en-GB"], diagnostics);
    }

    [Fact]
    public void Every_problem_of_the_file_is_reported_together()
    {
        var (site, diagnostics) = Parse("title: \"\"\nbase_url: ftp://x/\ntimezone: Nowhere\npage_size: ten\nfeed_items: 0\ncolour: red\n");

        Assert.Null(site);
        Assert.Equal([1, 2, 3, 4, 5, 6], diagnostics.Select(d => int.Parse(d.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("- title: T\n")]
    [InlineData("just text\n")]
    public void A_site_yml_that_is_not_a_mapping_is_reported(string text)
    {
        var (site, diagnostics) = Parse(text);

        Assert.Null(site);
        var line = Assert.Single(diagnostics);
        Assert.Contains("error PD0200: site.yml must be key: value pairs", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_yaml_is_a_syntax_error()
    {
        var (site, diagnostics) = Parse("title: [T\nbase_url: https://example.org/\n");

        Assert.Null(site);
        var line = Assert.Single(diagnostics);
        Assert.Contains("error PD0012: YAML syntax error", line, StringComparison.Ordinal);
    }

    private static (SiteConfig? Site, IReadOnlyList<string> Diagnostics) Parse(string text)
    {
        var bag = new DiagnosticBag();
        var site = SiteConfigParser.Parse(EntryText.Source("site.yml", text), bag);
        return (site, EntryText.Lines(bag));
    }
}
