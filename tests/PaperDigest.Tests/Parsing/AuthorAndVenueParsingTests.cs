using PaperDigest.Content;
using PaperDigest.Parsing;

namespace PaperDigest.Tests.Parsing;

/// <summary>The two forms of an author and of a venue, the "others" marker, and what is said about mistakes in them.</summary>
public sealed class AuthorAndVenueParsingTests
{
    private static string WithAuthors(string authors) =>
        EntryText.Entry("Authors").Replace("authors: [Ada Lovelace]\n", authors, StringComparison.Ordinal);

    [Fact]
    public void Names_and_mappings_mix_in_one_list_in_order()
    {
        var paper = EntryText.Paper("entry.md", WithAuthors("""
            authors:
              - Ada Lovelace
              - { name: Grace Hopper, orcid: 0000-0002-1825-0097, url: https://example.org/grace }
              - name: Alan Turing
                orcid: https://orcid.org/0000-0001-5109-3700
            """ + "\n"));

        Assert.Equal(["Ada Lovelace", "Grace Hopper", "Alan Turing"], paper.Authors.Names.ToArray());
        Assert.Equal(new Author("Grace Hopper", "0000-0002-1825-0097", new Uri("https://example.org/grace")), paper.Authors[1]);
        Assert.Equal("0000-0001-5109-3700", paper.Authors[2].Orcid);
        Assert.Equal("https://orcid.org/0000-0001-5109-3700", paper.Authors[2].OrcidUrl);
        Assert.False(paper.Authors.Incomplete);
    }

    [Fact]
    public void A_last_others_item_makes_the_list_incomplete_and_is_not_an_author()
    {
        var paper = EntryText.Paper("entry.md", WithAuthors("authors: [Ada Lovelace, Grace Hopper, others]\n"));

        Assert.Equal(["Ada Lovelace", "Grace Hopper"], paper.Authors.Names.ToArray());
        Assert.True(paper.Authors.Incomplete);
        Assert.Equal("Ada Lovelace, Grace Hopper, et al.", paper.Authors.Joined());
    }

    [Fact]
    public void An_author_named_others_is_written_as_a_mapping()
    {
        var paper = EntryText.Paper("entry.md", WithAuthors("authors: [Ada Lovelace, { name: others }]\n"));

        Assert.Equal(["Ada Lovelace", "others"], paper.Authors.Names.ToArray());
        Assert.False(paper.Authors.Incomplete);
    }

    [Fact]
    public void Two_authors_of_the_same_name_are_both_kept_without_a_diagnostic()
    {
        var text = WithAuthors("authors: [Wei Zhang, Ada Lovelace, Wei Zhang]\n");

        Assert.Empty(EntryText.Diagnostics(text));
        Assert.Equal(["Wei Zhang", "Ada Lovelace", "Wei Zhang"], EntryText.Paper("entry.md", text).Authors.Names.ToArray());
    }

    [Theory]
    [InlineData("authors: [others, Ada Lovelace]", "entry.md:3:11: error PD0800: 'others' marks an incomplete author list and can only be its last item (it is item 1 of 2)")]
    [InlineData("authors: [others]", "entry.md:3:11: error PD0800: 'others' alone says nothing about the authors")]
    [InlineData("authors: [Ada Lovelace, et al.]", "entry.md:3:25: error PD0800: 'et al.' is not an author's name; to say that the list is incomplete, end it with the item 'others'")]
    [InlineData("authors: [Ada Lovelace, Others]", "entry.md:3:25: error PD0800: 'Others' is not an author's name")]
    [InlineData("authors: [{ name: Ada Lovelace, orcid: 0000-0002-1825-0096 }]", "entry.md:3:40: error PD0801: '0000-0002-1825-0096' is not an ORCID iD")]
    [InlineData("authors: [{ name: Ada Lovelace, orcid: 0000-0002-1825 }]", "entry.md:3:40: error PD0801: '0000-0002-1825' is not an ORCID iD")]
    [InlineData("authors: [{ name: Ada Lovelace, orcid: 0000-0002-1825-009x }]", "entry.md:3:40: error PD0801:")]
    [InlineData("authors: [{ name: Ada Lovelace, url: javascript:alert(1) }]", "entry.md:3:38: error PD0109: link 'url' must be an absolute http:// or https:// URL")]
    [InlineData("authors: [{ name: Ada Lovelace, affiliation: Cambridge }]", "entry.md:3:33: error PD0100: unknown key 'affiliation' in an author (use name, orcid, url or id)")]
    [InlineData("authors: [{ orcid: 0000-0002-1825-0097 }]", "entry.md:3:11: error PD0802: an author written as a mapping needs a 'name'")]
    [InlineData("authors: [[Ada, Lovelace]]", "entry.md:3:11: error PD0802: each author must be a name or a mapping")]
    [InlineData("authors: Ada Lovelace", "entry.md:3:10: error PD0102: 'authors' must be a list, such as [a, b], not a single value")]
    public void Mistakes_in_authors_are_reported_at_their_line_and_column(string line, string expected)
    {
        var diagnostics = EntryText.Diagnostics(WithAuthors(line + "\n"));

        Assert.Contains(diagnostics, d => d.StartsWith(expected, StringComparison.Ordinal));
        Assert.Null(Parse(WithAuthors(line + "\n")));
    }

    [Theory]
    [InlineData("0000-0002-1825-0097", true)]
    [InlineData("0000-0001-5109-3700", true)]
    [InlineData("0000-0002-1694-233X", true)]
    [InlineData("https://orcid.org/0000-0002-1694-233X", true)]
    [InlineData("0000-0002-1694-2339", false)]
    [InlineData("0000-0002-1825-0098", false)]
    [InlineData("0000000218250097", false)]
    [InlineData("0000-0002-1825-00971", false)]
    public void Orcid_ids_are_checked_by_their_check_digit(string orcid, bool valid) =>
        Assert.Equal(valid, Identifiers.NormaliseOrcid(orcid) is not null);

    [Fact]
    public void A_plain_string_venue_is_the_name_shown_as_written_with_the_kind_and_year_it_leaves_no_doubt_about()
    {
        var paper = EntryText.Paper("entry.md", EntryText.Entry("Venue", "venue: ICLR 2024 (spotlight)"));

        Assert.Equal(new Venue("ICLR 2024 (spotlight)", VenueKind.Conference, Year: 2024), paper.Venue);
        Assert.Equal("ICLR 2024 (spotlight)", paper.Venue!.Text);
    }

    [Theory]
    [InlineData("ICLR 2024", "conference", 2024)]
    [InlineData("NeurIPS 2023", "conference", 2023)]
    [InlineData("Proceedings of CVPR 2023", "conference", 2023)]
    [InlineData("ACM Multimedia 2024", "conference", 2024)]
    [InlineData("International Conference on Machine Learning", "conference", null)]
    [InlineData("ICLR 2024 Workshop on Energy-Based Models", "workshop", 2024)]
    [InlineData("Journal of Statistical Physics (2022)", "journal", 2022)]
    [InlineData("J. Chem. Theory Comput. 19 (2023)", "journal", 2023)]
    [InlineData("Physical Review E 108 (2023)", "journal", 2023)]
    [InlineData("Applied Physics Letters", "journal", null)]
    [InlineData("IEEE Transactions on Pattern Analysis and Machine Intelligence", "journal", null)]
    [InlineData("Science 382 (2023)", "journal", 2023)]
    [InlineData("Nature Machine Intelligence", "journal", null)]
    [InlineData("PNAS", "journal", null)]
    [InlineData("Transactions of the ACL", "journal", null)]
    [InlineData("arXiv preprint", "preprint", null)]
    [InlineData("bioRxiv (2024)", "preprint", 2024)]
    [InlineData("PhD thesis, University of Oxford (2019)", "thesis", 2019)]
    // Words of two kinds, or of none: the kind stays unknown (only a bracketed year is taken).
    [InlineData("Journal of Physics: Conference Series", null, null)]
    [InlineData("Science and Information Conference", null, null)]
    [InlineData("Matter Meetings (2021)", null, 2021)]
    [InlineData("ACS Catalysis", null, null)]
    [InlineData("acl 2020", null, null)]
    // A year outside brackets is a year only for a conference or workshop; two different years are none.
    [InlineData("Lecture Notes 2011", null, null)]
    [InlineData("ECCV 2022 and 2024", "conference", null)]
    public void A_shorthand_says_its_kind_and_year_only_where_certain(string text, string? kind, int? year)
    {
        var venue = VenueShorthand.Read(text);
        Assert.Equal((text, kind, year), (venue.Name, venue.Kind is { } k ? Venue.KindName(k) : null, venue.Year));
        Assert.Equal(text, venue.Text);
    }

    [Fact]
    public void A_venue_mapping_is_read_into_its_parts_and_shown_as_a_reference()
    {
        var paper = EntryText.Paper("entry.md", EntryText.Entry("Venue", """
            venue:
              name: Nature
              kind: journal
              volume: 586
              issue: 7830
              pages: 12–20
              year: 2020
              publisher: Springer Nature
              url: https://www.nature.com/articles/x
            """));

        Assert.Equal(new Venue("Nature", VenueKind.Journal, "586", "7830", "12–20", 2020, "Springer Nature", new Uri("https://www.nature.com/articles/x")), paper.Venue);
        Assert.Equal("Nature 586(7830), 12–20 (2020)", paper.Venue!.Text);
    }

    [Theory]
    [InlineData("ICLR 2024", null, null, null, 2024, "ICLR 2024")]
    [InlineData("ICLR", null, null, null, 2024, "ICLR (2024)")]
    [InlineData("Phys. Rev. E", "108", null, "014309", 2023, "Phys. Rev. E 108, 014309 (2023)")]
    [InlineData("Journal", null, "3", null, null, "Journal, no. 3")]
    public void A_venue_is_shown_with_what_is_known(string name, string? volume, string? issue, string? pages, int? year, string expected) =>
        Assert.Equal(expected, new Venue(name, VenueKind.Journal, volume, issue, pages, year).Text);

    [Theory]
    [InlineData("venue:\n  name: Nature\n  kind: jurnal", "entry.md:8:9: error PD0810: unknown venue kind 'jurnal' (did you mean 'journal'?); use one of journal, conference, workshop, book, thesis, preprint")]
    [InlineData("venue:\n  name: Nature\n  edition: 2", "entry.md:8:3: error PD0100: unknown key 'edition' in 'venue' (use name, kind, volume, issue, pages, year, publisher, url)")]
    [InlineData("venue:\n  kind: journal", "entry.md:7:3: error PD0810: 'venue' written as a mapping needs a 'name'")]
    [InlineData("venue:\n  name: Nature\n  year: twenty", "entry.md:8:9: error PD0102: 'year' must be a whole number, not 'twenty'")]
    [InlineData("venue:\n  name: Nature\n  year: 20201", "entry.md:8:9: error PD0810: 'year' must be between 1000 and 2999, not 20201")]
    [InlineData("venue:\n  name: Nature\n  url: ftp://x.org/", "entry.md:8:8: error PD0109: link 'url' must be an absolute http:// or https:// URL")]
    [InlineData("venue: [Nature]", "entry.md:6:8: error PD0102: 'venue' must be text or a mapping with name, kind")]
    public void Mistakes_in_a_venue_are_reported_at_their_line_and_column(string lines, string expected)
    {
        var text = EntryText.Entry("Venue", lines);

        Assert.Contains(EntryText.Diagnostics(text), d => d.StartsWith(expected, StringComparison.Ordinal));
        Assert.Null(Parse(text));
    }

    private static Paper? Parse(string text)
    {
        var bag = new PaperDigest.Diagnostics.DiagnosticBag();
        return PaperParser.Parse(EntryText.Source("entry.md", text), EntryText.Rules, bag);
    }
}
