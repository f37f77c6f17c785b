using PaperDigest.Citations;
using PaperDigest.Content;

namespace PaperDigest.Tests.Citations;

public sealed class BibTexWriterTests
{
    private static string Bib(string caseName) => BibTexWriter.Write(CitationCases.All[caseName].Paper, CitationCases.Site);

    private static BibTexEntry Entry(string caseName) => BibTexEntry.ParseSingle(Bib(caseName));

    [Fact]
    public void A_conference_paper_is_inproceedings_with_its_booktitle_and_the_conferences_year()
    {
        var entry = Entry("2309.05153");
        Assert.Equal(("inproceedings", "zhu2024learning"), (entry.Type, entry.Key));
        Assert.Equal(
            ["title", "author", "booktitle", "year", "eprint", "archivePrefix", "url"],
            entry.Fields.Select(f => f.Key));
        Assert.Equal("{Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood}", entry["title"]);
        Assert.Equal("Zhu, Yaxuan and Xie, Jianwen and Wu, Ying Nian and Gao, Ruiqi", entry["author"]);
        Assert.Equal("ICLR 2024", entry["booktitle"]);
        Assert.Equal("2024", entry["year"]);
        Assert.Equal("2309.05153", entry["eprint"]);
        Assert.Equal("arXiv", entry["archivePrefix"]);
        Assert.Equal("https://arxiv.org/abs/2309.05153", entry["url"]);
    }

    [Fact]
    public void A_conference_written_as_a_shorthand_is_inproceedings_too()
    {
        var entry = Entry("conference-shorthand");
        Assert.Equal(("inproceedings", "titov2024guide"), (entry.Type, entry.Key));
        Assert.Equal("ECCV 2024", entry["booktitle"]);
    }

    [Fact]
    public void A_preprint_is_misc_with_eprint_year_and_month_and_a_version_is_dropped()
    {
        var entry = Entry("arxiv-only");
        Assert.Equal(("misc", "ferraro2022disentangling"), (entry.Type, entry.Key));
        Assert.Equal(
            ["title", "author", "year", "month", "eprint", "archivePrefix", "url"],
            entry.Fields.Select(f => f.Key));
        Assert.Equal("2022", entry["year"]);
        // A month macro, unbraced, as BibTeX styles expect.
        Assert.Contains("  month = sep,\n", Bib("arxiv-only"), StringComparison.Ordinal);
        Assert.Equal("2209.09097", entry["eprint"]);
        Assert.Equal("https://arxiv.org/abs/2209.09097", entry["url"]);
        Assert.Contains("Van de Maele, Toon", entry["author"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_journal_article_on_arxiv_keeps_its_eprint_and_doi()
    {
        var entry = Entry("arxiv-doi-venue");
        Assert.Equal(("article", "momeni2023backpropagation"), (entry.Type, entry.Key));
        Assert.Equal(
            ["title", "author", "journal", "volume", "pages", "year", "eprint", "archivePrefix", "doi", "url"],
            entry.Fields.Select(f => f.Key));
        Assert.Equal("Science", entry["journal"]);
        Assert.Equal("382", entry["volume"]);
        Assert.Equal("1297--1303", entry["pages"]);
        Assert.Equal("2023", entry["year"]);
        Assert.Equal("10.1126/science.adi8474", entry["doi"]);
        Assert.Equal("2304.11042", entry["eprint"]);
        Assert.Contains("Malléjac, Matthieu and del Hougne, Philipp", entry["author"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_journal_venue_with_every_detail_is_an_article_with_volume_number_and_pages()
    {
        var entry = Entry("journal-venue");
        Assert.Equal("article", entry.Type);
        Assert.Equal(("Nature", "585", "7825", "357--362"), (entry["journal"], entry["volume"], entry["number"], entry["pages"]));
        // biblatex's data model has no publisher for an article.
        Assert.False(entry.Has("publisher"));
        Assert.Equal("2020", entry["year"]);
    }

    [Fact]
    public void A_paper_known_by_doi_only_is_an_article_in_the_journal_its_shorthand_names()
    {
        var entry = Entry("doi-only");
        Assert.Equal(("article", "mahdisoltani2023nonequilibrium"), (entry.Type, entry.Key));
        Assert.Equal("Physica A (2023)", entry["journal"]);
        Assert.Equal("2023", entry["year"]);
        Assert.Equal("10.1016/j.physa.2022.127947", entry["doi"]);
        Assert.Equal("https://doi.org/10.1016/j.physa.2022.127947", entry["url"]);
        Assert.False(entry.Has("eprint"));
    }

    [Fact]
    public void A_venue_of_unknown_kind_is_misc_with_howpublished()
    {
        var entry = Entry("unknown-kind");
        Assert.Equal("misc", entry.Type);
        Assert.Equal("Matter Meetings (2021)", entry["howpublished"]);
        Assert.Equal("2021", entry["year"]);
        Assert.Equal("2103.04567", entry["eprint"]);
    }

    [Fact]
    public void A_thesis_names_its_university_as_school()
    {
        var entry = Entry("thesis");
        Assert.Equal(("phdthesis", "golestanian2019thesis"), (entry.Type, entry.Key));
        Assert.Equal("University of Oxford", entry["school"]);
        Assert.Equal("https://example.org/thesis", entry["url"]);
    }

    [Fact]
    public void A_paper_with_neither_points_at_its_page_and_has_no_author_or_date()
    {
        var entry = Entry("no-ids-no-authors");
        // "The" is skipped for the key; no year is known, so the key has none and there is no year field.
        Assert.Equal(("misc", "anonnotes"), (entry.Type, entry.Key));
        Assert.False(entry.Has("author"));
        Assert.False(entry.Has("year"));
        Assert.Equal("https://paperdigest.netlify.app/papers/notes-from-the-reading-group/", entry["url"]);
    }

    [Fact]
    public void An_old_style_id_gives_its_archive_as_primary_class_and_its_year_and_month()
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
    [InlineData("2309.05153", null, "2023", "sep")]
    [InlineData("0704.0001", null, "2007", "apr")]
    [InlineData("1501.00001v3", null, "2015", "jan")]
    [InlineData("hep-th/9901001", null, "1999", "jan")]
    [InlineData("math.AG/0309136", null, "2003", "sep")]
    [InlineData("2309.05153", "2024-01-02", "2024", "jan")]
    [InlineData(null, "2024-01-02", "2024", "jan")]
    [InlineData(null, null, null, null)]
    public void The_date_is_the_papers_own_else_its_arxiv_ids_else_none(string? arxiv, string? published, string? year, string? month)
    {
        var paper = CitationCases.Paper("x", "Title", ["A B"], new DateOnly(2025, 6, 1), arxiv: arxiv,
            published: published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        var bib = BibTexWriter.Write(paper, CitationCases.Site);
        var entry = BibTexEntry.ParseSingle(bib);
        Assert.Equal(year, entry.Has("year") ? entry["year"] : null);
        Assert.Equal(month, System.Text.RegularExpressions.Regex.Match(bib, "month = ([a-z]+),") is { Success: true } m ? m.Groups[1].Value : null);
        Assert.DoesNotContain("2025", bib, StringComparison.Ordinal);
    }

    [Fact]
    public void The_venues_year_is_the_year_every_format_cites()
    {
        // First on arXiv in 2019, in the journal in 2020: the key, BibTeX, RIS and Highwire all say 2020.
        var paper = CitationCases.Paper("x", "Test of Time", ["Ada Lovelace"], new DateOnly(2025, 6, 1), arxiv: "1901.00001",
            published: new DateOnly(2019, 1, 2), venueMapping: new Venue("Nature", VenueKind.Journal, "586", Pages: "12–20", Year: 2020));

        Assert.Equal("lovelace2020test", BibTexKey.For(Citation.For(paper, CitationCases.Site)));
        Assert.Equal("2020", BibTexEntry.ParseSingle(BibTexWriter.Write(paper, CitationCases.Site))["year"]);
        Assert.Contains("PY  - 2020\r\n", RisWriter.Write(paper, CitationCases.Site, []), StringComparison.Ordinal);
        Assert.DoesNotContain("DA  - ", RisWriter.Write(paper, CitationCases.Site, []), StringComparison.Ordinal);
        Assert.Contains(new MetaTag("citation_publication_date", "2020"), HighwireMeta.Tags(paper, CitationCases.Site));
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
        var paper = CitationCases.Paper("x", title, [author], new DateOnly(2025, 6, 1), published: new DateOnly(2025, 5, 30));
        Assert.Equal(key, BibTexKey.For(Citation.For(paper, CitationCases.Site)));
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
        Assert.Equal(("article", "ohackerbreaking"), (entry.Type, entry.Key));
        Assert.Equal(["title", "author", "journal", "doi", "url"], entry.Fields.Select(f => f.Key));
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
