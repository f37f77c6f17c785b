using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Parsing;
using PaperDigest.Reading;

namespace PaperDigest.Tests.Parsing;

public sealed class AuthorRegistryParserTests
{
    private const string Orcid = "0000-0002-1825-0097";
    private const string OtherOrcid = "0000-0001-1111-1118";

    [Fact]
    public void The_sample_authors_yml_parses()
    {
        var bag = new DiagnosticBag();
        var registry = AuthorRegistryParser.Parse(InputReader.Read(RepoPaths.Input, "authors.yml", bag)!, bag);

        Assert.Empty(bag.Items);
        var person = Assert.Single(registry!.People);
        Assert.Equal("dmitry-vetrov", person.Id);
        Assert.Contains("D. Vetrov", person.Aliases);
    }

    [Fact]
    public void A_person_has_a_name_and_optionally_an_orcid_a_homepage_and_aliases()
    {
        var (registry, diagnostics) = Parse(
            $"ada-lovelace:\n  name: Ada Lovelace\n  orcid: https://orcid.org/{Orcid}\n  url: https://example.org/ada\n  aliases: [A. Lovelace, Augusta Ada King]\ngrace:\n  name: Grace Hopper\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["ada-lovelace", "grace"], registry!.People.Select(p => p.Id));
        var ada = registry.People[0];
        Assert.Equal(("Ada Lovelace", Orcid, "https://example.org/ada"), (ada.Name, ada.Orcid, ada.Url!.AbsoluteUri));
        Assert.Equal<string>(["A. Lovelace", "Augusta Ada King"], ada.Aliases);
        Assert.Null(registry.People[1].Orcid);
    }

    [Fact]
    public void Two_people_may_share_a_name()
    {
        var (registry, diagnostics) = Parse($"wei-wang-1:\n  name: Wei Wang\n  orcid: {Orcid}\nwei-wang-2:\n  name: Wei Wang\n  orcid: {OtherOrcid}\n");

        Assert.Empty(diagnostics);
        Assert.Equal(2, registry!.Named("Wei Wang").Count());
    }

    [Theory]
    [InlineData("Ada Lovelace:\n  name: Ada Lovelace\n", "authors.yml:1:1: error PD0803: author key 'Ada Lovelace' is not allowed; use lower-case letters, digits and '-', such as ada-lovelace")]
    [InlineData("ada:\n  orcid: 0000-0002-1825-0097\n", "authors.yml:2:3: error PD0101: required key 'name' is missing")]
    [InlineData("ada: Ada Lovelace\n", "authors.yml:1:6: error PD0803: author 'ada' must be a mapping such as { name: Ada Lovelace, orcid: 0000-0002-1825-0097 }, not a single value")]
    [InlineData("ada:\n  name: Ada\n  orcid: 0000-0002-1825-0098\n", "authors.yml:3:10: error PD0801: '0000-0002-1825-0098' is not an ORCID iD")]
    [InlineData("ada:\n  name: Ada\n  url: ftp://example.org/\n", "authors.yml:3:8: error PD0109: link 'url' must be an absolute http:// or https:// URL")]
    [InlineData("ada:\n  name: Ada\n  homepage: https://example.org/\n", "authors.yml:3:3: error PD0100: unknown key 'homepage' in author 'ada'")]
    [InlineData("ada:\n  name: Ada\n  aliases: A. Lovelace\n", "authors.yml:3:12: error PD0102: 'aliases' must be a list")]
    [InlineData("ada:\n  name: Ada Lovelace\n  aliases: [A. Lovelace, a lovelace]\n", "authors.yml:3:26: error PD0804: the alias 'a lovelace' of 'ada' is its name or another of its aliases again")]
    [InlineData("ada:\n  name: Ada\n  orcid: 0000-0002-1825-0097\nbob:\n  name: Bob\n  orcid: 0000-0002-1825-0097\n", "authors.yml:6:10: error PD0804: the ORCID iD 0000-0002-1825-0097 is given for 'ada' too; an ORCID iD names one person")]
    [InlineData("- Ada Lovelace\n", "authors.yml:1:1: error PD0803: authors.yml must map each author's key")]
    public void A_mistake_is_reported_at_its_line_and_column(string text, string expected)
    {
        var (registry, diagnostics) = Parse(text);

        Assert.Null(registry);
        Assert.StartsWith(expected, Assert.Single(diagnostics), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_person_is_reported_in_one_run()
    {
        var (registry, diagnostics) = Parse("Bad Key:\n  name: X\nno-name:\n  url: https://example.org/\nstring-value: Z\ngood:\n  name: Good\n");

        Assert.Null(registry);
        Assert.Equal([1, 4, 5], diagnostics.Select(d => int.Parse(d.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static (AuthorRegistry? Registry, IReadOnlyList<string> Diagnostics) Parse(string text)
    {
        var bag = new DiagnosticBag();
        var registry = AuthorRegistryParser.Parse(EntryText.Source("authors.yml", text), bag);
        return (registry, EntryText.Lines(bag));
    }
}
