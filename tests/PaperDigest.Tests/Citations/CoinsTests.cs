using System.Net;
using AngleSharp.Html.Parser;
using PaperDigest.Citations;

namespace PaperDigest.Tests.Citations;

public sealed class CoinsTests
{
    private static string Title(string caseName) => Coins.Title(CitationCases.All[caseName].Paper, CitationCases.Site);

    /// <summary>The pairs of a KEV string, decoded, in order; read independently of the code under test.</summary>
    private static List<(string Key, string Value)> Pairs(string kev) =>
        [.. kev.Split('&').Select(pair =>
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            Assert.True(eq > 0, $"'{pair}' is not key=value");
            return (Uri.UnescapeDataString(pair[..eq]), Uri.UnescapeDataString(pair[(eq + 1)..]));
        })];

    [Fact]
    public void A_preprint_is_the_journal_format_with_genre_preprint_and_no_journal()
    {
        Assert.Equal(
            [
                ("ctx_ver", "Z39.88-2004"),
                ("rft_val_fmt", "info:ofi/fmt:kev:mtx:journal"),
                ("rft.genre", "preprint"),
                ("rft.atitle", "Disentangling Shape and Pose for Object-Centric Deep Active Inference Models"),
                ("rft.aulast", "Ferraro"),
                ("rft.aufirst", "Stefano"),
                ("rft.au", "Ferraro, Stefano"),
                ("rft.au", "Van de Maele, Toon"),
                ("rft.au", "Mazzaglia, Pietro"),
                ("rft.au", "Verbelen, Tim"),
                ("rft.au", "Dhoedt, Bart"),
                ("rft.date", "2022-09-16"),
                ("rft_id", "info:arxiv/2209.09097"),
                ("rft_id", "https://paperdigest.netlify.app/papers/2209.09097/"),
            ],
            Pairs(Title("arxiv-only")));
    }

    [Fact]
    public void A_journal_article_names_its_journal_volume_pages_and_doi()
    {
        var pairs = Pairs(Title("arxiv-doi-venue"));
        Assert.Contains(("rft.genre", "article"), pairs);
        Assert.Contains(("rft.jtitle", "Science"), pairs);
        Assert.Contains(("rft.volume", "382"), pairs);
        Assert.Contains(("rft.spage", "1297"), pairs);
        Assert.Contains(("rft.epage", "1303"), pairs);
        Assert.Contains(("rft.date", "2023"), pairs);
        Assert.Contains(("rft_id", "info:doi/10.1126/science.adi8474"), pairs);
        Assert.Contains(("rft_id", "info:arxiv/2304.11042"), pairs);
    }

    [Fact]
    public void A_conference_paper_is_the_book_format_with_genre_proceeding_as_zotero_reads_a_conference_paper()
    {
        var pairs = Pairs(Title("2309.05153"));
        Assert.Equal(
            [("rft_val_fmt", "info:ofi/fmt:kev:mtx:book"), ("rft.genre", "proceeding"), ("rft.btitle", "ICLR 2024")],
            pairs.Where(p => p.Key is "rft_val_fmt" or "rft.genre" or "rft.btitle" or "rft.jtitle"));
        // Zotero looks for this exact pair to make a conference paper.
        Assert.Contains("&rft.genre=proceeding&", Title("2309.05153"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_thesis_is_the_dissertation_format_with_its_university() =>
        Assert.Equal(
            [("rft_val_fmt", "info:ofi/fmt:kev:mtx:dissertation"), ("rft.title", "A Thesis on Active Matter"), ("rft.inst", "University of Oxford")],
            Pairs(Title("thesis")).Where(p => p.Key is "rft_val_fmt" or "rft.title" or "rft.inst" or "rft.genre"));

    [Fact]
    public void A_paper_with_neither_has_no_journal_authors_or_date()
    {
        var pairs = Pairs(Title("no-ids-no-authors"));
        Assert.DoesNotContain(pairs, p => p.Key is "rft.jtitle" or "rft.au" or "rft.aulast" or "rft.date");
    }

    [Fact]
    public void An_undated_preprint_is_dated_by_the_month_of_its_id() =>
        Assert.Contains(("rft.date", "1999-01"), Pairs(Title("old-style-id")));

    [Fact]
    public void Every_value_is_percent_encoded_and_decodes_to_the_original()
    {
        var c = CitationCases.All["hostile"];
        var kev = Title("hostile");
        Assert.DoesNotMatch("[ <>\"{}\r\n]", kev);
        var pairs = Pairs(kev);
        Assert.Contains(("rft.atitle", c.Paper.Title), pairs);
        Assert.Contains(("rft.jtitle", c.Paper.Venue!.Name), pairs);
        Assert.Contains(("rft_id", "info:doi/" + c.Paper.Doi), pairs);
        Assert.Contains(("rft.au", "Brace}, Ben and Jerry"), pairs);
        Assert.Equal(c.Paper.Authors.Count, pairs.Count(p => p.Key == "rft.au"));
    }

    [Fact]
    public void Survives_html_escaping_into_a_span_title()
    {
        var kev = Title("hostile");
        var html = $"<span class=\"Z3988\" title=\"{WebUtility.HtmlEncode(kev)}\"></span><p id=\"after\">after</p>";
        var document = new HtmlParser().ParseDocument(html);
        var span = Assert.Single(document.QuerySelectorAll("span.Z3988"));
        Assert.Equal(kev, span.GetAttribute("title"));
        Assert.NotNull(document.GetElementById("after"));
    }
}
