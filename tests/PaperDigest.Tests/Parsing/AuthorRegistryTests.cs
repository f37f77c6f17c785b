using System.Collections.Immutable;
using PaperDigest.Content;

namespace PaperDigest.Tests.Parsing;

/// <summary>The rule that gives every author of an entry the slug of their page (see the README, "Authors and authors.yml").</summary>
public sealed class AuthorRegistryTests
{
    private const string Orcid = "0000-0002-1825-0097";
    private const string OtherOrcid = "0000-0001-1111-1118";
    private const string ThirdOrcid = "0000-0002-2222-2224";

    private static readonly AuthorRegistry Registry = new(
    [
        new RegisteredAuthor("ada", "Ada Lovelace", Orcid, new Uri("https://example.org/ada")) { Aliases = ["A. Lovelace"] },
        new RegisteredAuthor("wei-wang-kyoto", "Wei Wang", OtherOrcid),
        new RegisteredAuthor("wei-wang-oslo", "Wei Wang"),
    ]);

    [Theory]
    [InlineData("Grace Hopper", "grace-hopper")]
    [InlineData("Léa Müller", "lea-muller")]
    [InlineData("LÉA  müller", "lea-muller")]
    [InlineData("Søren Kierkegaard", "soren-kierkegaard")]
    [InlineData("Hartmut Löwen", "hartmut-lowen")]
    [InlineData("C. Lawrence Zitnick", "c-lawrence-zitnick")]
    public void An_unregistered_author_gets_the_name_in_kebab_case(string name, string slug)
    {
        Assert.Equal(slug, AuthorRegistry.Empty.SlugOf(new Author(name)));
        Assert.Equal(slug, AuthorRegistry.Empty.SlugOf(new Author(name, Orcid)));
    }

    [Fact]
    public void A_name_without_latin_letters_gets_a_stable_hash()
    {
        var slug = AuthorRegistry.Empty.SlugOf(new Author("李伟"));

        Assert.Matches("^author-[0-9a-f]{10}$", slug);
        Assert.Equal(slug, AuthorRegistry.Empty.SlugOf(new Author("李伟")));
        Assert.NotEqual(slug, AuthorRegistry.Empty.SlugOf(new Author("王伟")));
    }

    [Fact]
    public void A_registered_person_is_found_by_id_orcid_name_or_alias()
    {
        Assert.Equal("ada", Registry.SlugOf(new Author("Ada Lovelace")));
        Assert.Equal("ada", Registry.SlugOf(new Author("A. Lovelace")));
        Assert.Equal("ada", Registry.SlugOf(new Author("Augusta Ada King", Orcid)));
        Assert.Equal("ada", Registry.SlugOf(new Author("Someone", null) { Id = "ada" }));
        Assert.Equal("wei-wang-kyoto", Registry.SlugOf(new Author("Wei Wang", OtherOrcid)));
        Assert.Equal("wei-wang-oslo", Registry.SlugOf(new Author("Wei Wang") { Id = "wei-wang-oslo" }));
    }

    [Fact]
    public void Namesakes_the_registry_cannot_place_get_pages_of_their_own()
    {
        // Two registered people have the name, and the entry does not say which.
        Assert.Equal("wei-wang-unidentified", Registry.SlugOf(new Author("Wei Wang")));
        // The registry's Ada has another ORCID iD: this is someone else.
        Assert.Equal($"ada-lovelace-{ThirdOrcid}", Registry.SlugOf(new Author("Ada Lovelace", ThirdOrcid)));
        Assert.Null(Registry.Find(new Author("Ada Lovelace", ThirdOrcid)));
    }

    [Fact]
    public void The_registry_adds_an_orcid_and_a_homepage_where_the_entry_gives_none()
    {
        var plain = new Author("A. Lovelace");
        var enriched = Registry.Enrich(plain);

        Assert.Equal(("A. Lovelace", Orcid, "https://example.org/ada"), (enriched.Name, enriched.Orcid, enriched.Url!.AbsoluteUri));
        var own = new Author("Ada Lovelace", Orcid, new Uri("https://example.org/own"));
        Assert.Same(own, Registry.Enrich(own));
        var stranger = new Author("Grace Hopper");
        Assert.Same(stranger, Registry.Enrich(stranger));
    }

    [Fact]
    public void Slugs_do_not_depend_on_the_order_of_the_registry()
    {
        var reversed = new AuthorRegistry([.. Registry.People.Reverse()]);
        foreach (var author in new[] { new Author("Wei Wang"), new Author("Wei Wang", OtherOrcid), new Author("A. Lovelace"), new Author("Grace Hopper") })
        {
            Assert.Equal(Registry.SlugOf(author), reversed.SlugOf(author));
        }

        Assert.Equal(ImmutableArray<RegisteredAuthor>.Empty, AuthorRegistry.Empty.People);
    }
}
