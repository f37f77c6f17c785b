using PaperDigest.Content;
using PaperDigest.Scaffolding;

namespace PaperDigest.Tests.Scaffolding;

/// <summary>
/// What <c>import</c> and <c>new</c> make of authors and venues: every author kept in order, <c>and others</c> as the
/// <c>others</c> item, the venue as a mapping, arXiv's journal reference read only where it is unambiguous, and
/// entries that parse back to the same thing.
/// </summary>
public sealed class AuthorsAndVenueImportTests
{
    private static ImportedPaper Import(string bib)
    {
        var result = BibTexImport.Read(bib, "in.bib");
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        return Assert.Single(result.Papers);
    }

    private static Paper RoundTrip(ImportedPaper imported)
    {
        var text = EntryWriter.Write(imported.ToEntry(new DateOnly(2025, 5, 1), ["active-matter"]));
        var (paper, diagnostics) = ScaffoldingFixtures.Parse(text);
        Assert.True(paper is not null, text + "\n" + string.Join("\n", diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        return paper;
    }

    [Fact]
    public void And_others_becomes_the_others_item_and_survives_the_entry()
    {
        var imported = Import("@article{k, title = {T}, author = {Löwen, Hartmut and Zhang, Wei and Zhang, Wei and others}}");

        Assert.Equal(["Hartmut Löwen", "Wei Zhang", "Wei Zhang"], imported.Authors.Names.ToArray());
        Assert.True(imported.Authors.Incomplete);
        var text = EntryWriter.Write(imported.ToEntry(new DateOnly(2025, 5, 1), ["active-matter"]));
        Assert.Contains("authors: [Hartmut Löwen, Wei Zhang, Wei Zhang, others]\n", text, StringComparison.Ordinal);
        var paper = RoundTrip(imported);
        Assert.Equal(["Hartmut Löwen", "Wei Zhang", "Wei Zhang"], paper.Authors.Names.ToArray());
        Assert.True(paper.Authors.Incomplete);
    }

    [Fact]
    public void A_complete_list_has_no_others_item()
    {
        var imported = Import("@article{k, title = {T}, author = {Ada Lovelace and Grace Hopper}}");

        Assert.False(imported.Authors.Incomplete);
        Assert.DoesNotContain("others", EntryWriter.Write(imported.ToEntry(new DateOnly(2025, 5, 1), ["active-matter"])), StringComparison.Ordinal);
    }

    [Fact]
    public void An_author_named_like_the_marker_is_written_as_a_mapping()
    {
        var entry = new NewEntry("T", new AuthorList([new Author("Ada Lovelace", "0000-0002-1825-0097"), "et al."]), new DateOnly(2025, 5, 1), ["active-matter"]);

        var text = EntryWriter.Write(entry);

        Assert.Contains("authors: [{ name: \"Ada Lovelace\", orcid: 0000-0002-1825-0097 }, { name: \"et al.\" }]\n", text, StringComparison.Ordinal);
        var (paper, _) = ScaffoldingFixtures.Parse(text);
        Assert.Equal(entry.Authors.ToArray(), paper!.Authors.ToArray());
    }

    [Fact]
    public void A_journal_becomes_a_venue_mapping_with_volume_issue_pages_year_and_publisher()
    {
        var imported = Import("""
            @article{k, title = {T}, author = {A B}, journal = {Nature}, volume = {586}, number = {7830},
              pages = {12--20}, year = {2020}, publisher = {Springer}, doi = {10.1038/s41586-020-2649-2},
              eprint = {2006.12345}, archivePrefix = {arXiv}}
            """);

        Assert.Equal(new Venue("Nature", VenueKind.Journal, "586", "7830", "12–20", 2020, "Springer"), imported.Venue);
        Assert.Equal("10.1038/s41586-020-2649-2", imported.Doi);
        Assert.Equal("2006.12345", imported.Arxiv);
        var text = EntryWriter.Write(imported.ToEntry(new DateOnly(2025, 5, 1), ["active-matter"]));
        Assert.Contains("venue:\n  name: \"Nature\"\n  kind: journal\n  volume: \"586\"\n  issue: \"7830\"\n  pages: \"12–20\"\n  year: 2020\n  publisher: \"Springer\"\n", text, StringComparison.Ordinal);
        var paper = RoundTrip(imported);
        Assert.Equal(imported.Venue, paper.Venue);
        Assert.Equal("10.1038/s41586-020-2649-2", paper.Doi);
        Assert.Equal("2006.12345", paper.Arxiv);
    }

    // xunit runs public methods only and VenueKind is internal: the value arrives as an Enum.
    [Theory]
    [InlineData("inproceedings", "Advances in Neural Information Processing Systems", VenueKind.Conference)]
    [InlineData("inproceedings", "ICML 2023 Workshop on Structured Probabilistic Inference", VenueKind.Workshop)]
    [InlineData("incollection", "Handbook of Statistical Physics", VenueKind.Book)]
    public void A_booktitle_becomes_a_conference_workshop_or_book(string type, string booktitle, Enum kind)
    {
        var imported = Import($"@{type}{{k, title = {{T}}, author = {{A B}}, booktitle = {{{booktitle}}}, year = {{2023}}}}");

        Assert.Equal(new Venue(booktitle, (VenueKind)kind, Year: 2023), imported.Venue);
        Assert.Equal(imported.Venue, RoundTrip(imported).Venue);
    }

    [Fact]
    public void A_preprint_server_is_not_a_venue() =>
        Assert.Null(Import("@article{k, title = {T}, journal = {arXiv preprint arXiv:2309.05153}}").Venue);

    [Theory]
    [InlineData("Phys. Rev. E 108 (2023) 014309", "Phys. Rev. E", "108", "014309", 2023)]
    [InlineData("Nature 586, 12-20 (2020)", "Nature", "586", "12–20", 2020)]
    [InlineData("J. Stat. Phys. 189, 17 (2022)", "J. Stat. Phys.", "189", "17", 2022)]
    [InlineData("Physica A 610 (2023) 127947", "Physica A", "610", "127947", 2023)]
    public void A_journal_reference_of_a_known_shape_becomes_a_venue_mapping(string reference, string name, string volume, string pages, int year) =>
        Assert.Equal(new Venue(name, VenueKind.Journal, volume, Pages: pages, Year: year), JournalReference.Parse(reference));

    [Theory]
    [InlineData("ICLR 2024")]
    [InlineData("Proceedings of the 40th International Conference on Machine Learning, PMLR 202:1-20, 2023")]
    [InlineData("Phys. Rev. Lett. 130, 1 (2023); Erratum: 131, 2 (2023)")]
    [InlineData("to appear in Journal of Things")]
    [InlineData("Nature 586 (2020)")]
    public void Any_other_journal_reference_stays_the_plain_string(string reference) =>
        Assert.Equal(new Venue(reference), JournalReference.Parse(reference));

    [Fact]
    public void The_arxiv_answer_keeps_every_author_in_order_and_reads_the_journal_reference()
    {
        var atom = """
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
              <entry>
                <id>http://arxiv.org/abs/2212.02846v2</id>
                <published>2022-12-06T10:00:00Z</published>
                <title>A Paper</title>
                <author><name>Wei Zhang</name></author>
                <author><name>Ada Lovelace</name></author>
                <author><name>Wei Zhang</name></author>
                <arxiv:journal_ref>Phys. Rev. E 108, 014309 (2023)</arxiv:journal_ref>
              </entry>
            </feed>
            """;

        var result = ArxivAtomReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(atom)), "a.atom");

        var paper = Assert.Single(result.Papers);
        Assert.Equal(["Wei Zhang", "Ada Lovelace", "Wei Zhang"], paper.Authors.Names.ToArray());
        Assert.Equal(new Venue("Phys. Rev. E", VenueKind.Journal, "108", Pages: "014309", Year: 2023), paper.Venue);
        Assert.Equal(paper.Venue, RoundTrip(paper).Venue);
    }

    [Fact]
    public void The_others_option_of_new_makes_an_incomplete_list()
    {
        var (entry, problems) = OptionValues.Entry(
            new EntryOptions("T", Authors: "Ada Lovelace; Grace Hopper; others", Tags: "active-matter"),
            ScaffoldingFixtures.Tags, new DateOnly(2025, 5, 1));

        Assert.Empty(problems);
        Assert.Equal(["Ada Lovelace", "Grace Hopper"], entry!.Authors.Names.ToArray());
        Assert.True(entry.Authors.Incomplete);
    }

    [Theory]
    [InlineData("Ada Lovelace; et al.", "'et al.'")]
    [InlineData("Ada Lovelace; and others", "'and others'")]
    [InlineData("Ada Lovelace; others; Grace Hopper", "'others'")]
    public void A_spelling_of_et_al_in_the_authors_of_new_is_refused_not_written_as_a_name(string authors, string named)
    {
        var (entry, problems) = OptionValues.Entry(
            new EntryOptions("T", Authors: authors, Tags: "active-matter"), ScaffoldingFixtures.Tags, new DateOnly(2025, 5, 1));

        Assert.Null(entry);
        Assert.Contains(problems, p => p.StartsWith(named + " in --authors is not an author's name", StringComparison.Ordinal));
    }
}
