using PaperDigest.Citations;
using PaperDigest.Content;

namespace PaperDigest.Tests.Citations;

public sealed class BibTexWriterTests
{
    private static string Bib(string caseName) => BibTexWriter.Write(CitationCases.All[caseName].Paper, CitationCases.Site);

    private static BibTexEntry Entry(string caseName) => BibTexEntry.ParseSingle(Bib(caseName));

    [Fact]
    public void An_arxiv_paper_is_misc_with_eprint_and_the_abs_url()
    {
        var entry = Entry("2309.05153");
        Assert.Equal(("misc", "zhu2023learning"), (entry.Type, entry.Key));
        Assert.Equal(
            ["title", "author", "year", "eprint", "archivePrefix", "url"],
            entry.Fields.Select(f => f.Key));
        Assert.Equal("{Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood}", entry["title"]);
        Assert.Equal("Zhu, Yaxuan and Xie, Jianwen and Wu, Ying Nian and Gao, Ruiqi", entry["author"]);
        Assert.Equal("2023", entry["year"]);
        Assert.Equal("2309.05153", entry["eprint"]);
        Assert.Equal("arXiv", entry["archivePrefix"]);
        Assert.Equal("https://arxiv.org/abs/2309.05153", entry["url"]);
    }

    [Fact]
    public void A_version_is_dropped_and_particles_stay_with_the_family_name()
    {
        var entry = Entry("arxiv-only");
        Assert.Equal("ferraro2022disentangling", entry.Key);
        Assert.Equal("2209.09097", entry["eprint"]);
        Assert.Equal("https://arxiv.org/abs/2209.09097", entry["url"]);
        Assert.Contains("Van de Maele, Toon", entry["author"], StringComparison.Ordinal);
    }

    [Fact]
    public void An_arxiv_paper_with_a_doi_keeps_both()
    {
        var entry = Entry("arxiv-doi-venue");
        Assert.Equal(("misc", "momeni2023backpropagation"), (entry.Type, entry.Key));
        Assert.Equal("10.1126/science.adi8474", entry["doi"]);
        Assert.Equal("2304.11042", entry["eprint"]);
        Assert.Contains("Malléjac, Matthieu and del Hougne, Philipp", entry["author"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_paper_known_by_doi_only_is_an_article_in_its_journal()
    {
        var entry = Entry("doi-only");
        Assert.Equal(("article", "mahdisoltani2022nonequilibrium"), (entry.Type, entry.Key));
        Assert.Equal("Physica A (2023)", entry["journal"]);
        Assert.Equal("10.1016/j.physa.2022.127947", entry["doi"]);
        Assert.Equal("https://doi.org/10.1016/j.physa.2022.127947", entry["url"]);
        Assert.False(entry.Has("eprint"));
    }

    [Fact]
    public void A_paper_with_neither_points_at_its_page_and_has_no_author_field()
    {
        var entry = Entry("no-ids-no-authors");
        // "The" is skipped for the key; the year is the digest day's.
        Assert.Equal(("misc", "anon2025notes"), (entry.Type, entry.Key));
        Assert.False(entry.Has("author"));
        Assert.Equal("https://paperdigest.netlify.app/papers/notes-from-the-reading-group/", entry["url"]);
    }

    [Fact]
    public void An_old_style_id_gives_its_archive_as_primary_class_and_its_year()
    {
        var entry = Entry("old-style-id");
        Assert.Equal("king1999old", entry.Key);
        Assert.Equal("hep-th/9901001", entry["eprint"]);
        Assert.Equal("hep-th", entry["primaryClass"]);
        Assert.Equal("1999", entry["year"]);
        Assert.Equal("King Jr., Martin Luther and Wu, Ying Nian and Plato", entry["author"]);
    }

    [Fact]
    public void New_style_ids_do_not_claim_a_primary_class() =>
        Assert.DoesNotContain("primaryClass", Bib("2309.05153"), StringComparison.Ordinal);

    [Theory]
    [InlineData("2309.05153", null, 2023)]
    [InlineData("0704.0001", null, 2007)]
    [InlineData("1501.00001v3", null, 2015)]
    [InlineData("hep-th/9901001", null, 1999)]
    [InlineData("math.AG/0309136", null, 2003)]
    [InlineData("2309.05153", "2024-01-02", 2024)]
    [InlineData(null, null, 2025)]
    public void The_year_is_the_papers_own_else_its_arxiv_ids_else_the_digest_days(string? arxiv, string? published, int year)
    {
        var paper = CitationCases.Paper("x", "Title", ["A B"], new DateOnly(2025, 6, 1), arxiv: arxiv,
            published: published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(year.ToString(System.Globalization.CultureInfo.InvariantCulture), BibTexEntry.ParseSingle(BibTexWriter.Write(paper, CitationCases.Site))["year"]);
    }

    [Fact]
    public void The_venues_year_is_the_year_every_format_cites()
    {
        // First on arXiv in 2019, in the journal in 2020: the key, BibTeX, RIS and Highwire all say 2020.
        var paper = CitationCases.Paper("x", "Test of Time", ["Ada Lovelace"], new DateOnly(2025, 6, 1), arxiv: "1901.00001",
            published: new DateOnly(2019, 1, 2), venueMapping: new Venue("Nature", VenueKind.Journal, "586", Pages: "12–20", Year: 2020));

        Assert.Equal("lovelace2020test", BibTexKey.For(paper));
        Assert.Equal("2020", BibTexEntry.ParseSingle(BibTexWriter.Write(paper, CitationCases.Site))["year"]);
        Assert.Contains("PY  - 2020\r\n", RisWriter.Write(paper, CitationCases.Site, []), StringComparison.Ordinal);
        Assert.Equal("2020", CitationDates.PublicationDate(paper, '/'));
    }

    [Theory]
    [InlineData("Matthieu Malléjac", "A Study", "mallejac2025study")]
    [InlineData("Hartmut Löwen", "The Theory of Everything", "lowen2025theory")]
    [InlineData("Toon Van de Maele", "On the Origin", "vandemaele2025origin")]
    [InlineData("Jörg Weiß-Ørsted", "An Energy-Based View", "weissorsted2025energy")]
    [InlineData("Дмитрий Ветров", "Of Mice and Men", "anon2025mice")]
    [InlineData("Plato", "3D Worlds", "plato20253d")]
    [InlineData("Plato", "The Of", "plato2025")]
    public void Keys_are_ascii_family_name_year_and_first_significant_word(string author, string title, string key)
    {
        var paper = CitationCases.Paper("x", title, [author], new DateOnly(2025, 6, 1));
        Assert.Equal(key, BibTexKey.For(paper));
    }

    [Fact]
    public void The_title_is_double_braced_so_styles_keep_its_capitals() =>
        Assert.Contains("title = {{Learning Energy-Based Models", Bib("2309.05153"), StringComparison.Ordinal);

    [Fact]
    public void Unicode_letters_stay_utf8() =>
        Assert.Contains("Malléjac", Bib("arxiv-doi-venue"), StringComparison.Ordinal);

    [Fact]
    public void The_hostile_paper_is_one_entry_whose_braces_balance()
    {
        var bib = Bib("hostile");
        var entry = BibTexEntry.ParseSingle(bib);
        Assert.Equal(("article", "ohacker2025breaking"), (entry.Type, entry.Key));
        Assert.Equal(["title", "author", "journal", "year", "doi", "url"], entry.Fields.Select(f => f.Key));
        Assert.Single(bib.Split('\n'), line => line.StartsWith('@'));
        Assert.Equal(0, bib.Count(c => c == '{') - bib.Count(c => c == '}'));
    }

    [Fact]
    public void Special_characters_are_escaped_without_loss()
    {
        var paper = CitationCases.All["hostile"].Paper;
        var entry = BibTexEntry.ParseSingle(Bib("hostile"));
        var title = entry["title"];
        // Line break flattened, right-to-left marks dropped, everything else kept.
        Assert.Equal(
            "Breaking {out}} of " + CitationCases.HostileText + " & 100% \"quoted\" C:\\path\\ $x_1^2$ #1 ~ @misc{evil, next line rtl 🧪",
            BibTexEntry.Unescape(title[1..^1]));
        Assert.Equal(paper.Venue!.Name, BibTexEntry.Unescape(entry["journal"]));
        Assert.DoesNotContain("\n", title, StringComparison.Ordinal);
        Assert.Contains("🧪", title, StringComparison.Ordinal);
        Assert.DoesNotContain("\u200F", title, StringComparison.Ordinal);
    }

    [Fact]
    public void An_and_inside_a_name_does_not_split_the_author() =>
        Assert.Contains("Brace\\textbraceright{}, {Ben and Jerry}", BibTexEntry.ParseSingle(Bib("hostile"))["author"], StringComparison.Ordinal);

    [Fact]
    public void Urls_and_dois_are_not_latex_escaped_but_cannot_break_the_field()
    {
        var entry = BibTexEntry.ParseSingle(Bib("hostile"));
        Assert.Equal("10.1234/x<y>&z%7Bw%7D%20\"q\"#frag%5C", entry["doi"]);
        Assert.Equal("https://doi.org/10.1234/x%3Cy%3E&z%7Bw%7D%2520%22q%22%23frag%5C", entry["url"]);
    }

    [Fact]
    public void A_title_starting_with_a_backslash_stays_protected() =>
        Assert.Contains("title = {{{}\\textbackslash{}LaTeX}}",
            BibTexWriter.Write(CitationCases.Paper("x", "\\LaTeX", ["A B"], new DateOnly(2025, 6, 1)), CitationCases.Site), StringComparison.Ordinal);
}
