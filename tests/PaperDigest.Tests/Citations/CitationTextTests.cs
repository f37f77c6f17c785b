using PaperDigest.Citations;

namespace PaperDigest.Tests.Citations;

public sealed class CitationTextTests
{
    [Theory]
    [InlineData("one line", "one line")]
    [InlineData("  padded  ", "padded")]
    [InlineData("two\nlines", "two lines")]
    [InlineData("two \r\n lines", "two lines")]
    [InlineData("tab\tand\u2028separators\u2029and\u0085NEL", "tab and separators and NEL")]
    [InlineData("keeps  double  spaces", "keeps  double  spaces")]
    [InlineData("keeps\u00A0no-break space", "keeps\u00A0no-break space")]
    [InlineData("keeps \u200Fmarks\u200F and 🧪", "keeps \u200Fmarks\u200F and 🧪")]
    public void Flatten_puts_text_on_one_line(string text, string expected) => Assert.Equal(expected, CitationText.Flatten(text));

    [Theory]
    [InlineData("Malléjac", "mallejac")]
    [InlineData("Löwen", "lowen")]
    [InlineData("Weiß-Ørsted", "weissorsted")]
    [InlineData("Łukasz Œuvre", "lukaszoeuvre")]
    [InlineData("Ветров", "")]
    [InlineData("3D", "3d")]
    public void AsciiFold_keeps_ascii_letters_and_digits(string text, string expected) => Assert.Equal(expected, CitationText.AsciiFold(text));

    [Theory]
    [InlineData("2309.05153", "2309.05153", null, "2023-09")]
    [InlineData("2309.05153v2", "2309.05153", null, "2023-09")]
    [InlineData("0704.0001", "0704.0001", null, "2007-04")]
    [InlineData("hep-th/9901001v2", "hep-th/9901001", "hep-th", "1999-01")]
    [InlineData("math.AG/0309136", "math.AG/0309136", "math.AG", "2003-09")]
    [InlineData("hep-th/9913001", "hep-th/9913001", "hep-th", "1999")]
    public void Arxiv_ids_give_bare_id_archive_and_the_month_of_the_first_version(string id, string bare, string? primaryClass, string firstVersion)
    {
        Assert.Equal(bare, ArxivId.Bare(id));
        Assert.Equal(primaryClass, ArxivId.PrimaryClass(id));
        Assert.Equal(firstVersion, ArxivId.FirstVersion(id).Iso);
        Assert.Equal("https://arxiv.org/abs/" + bare, ArxivId.AbsUrl(id));
    }

    [Theory]
    [InlineData("10.1126/science.adi8474", "https://doi.org/10.1126/science.adi8474")]
    [InlineData("10.1002/(SICI)1097-4636(199706)35:4<509::AID-JBM12>3.0.CO;2-#", "https://doi.org/10.1002/(SICI)1097-4636(199706)35:4%3C509::AID-JBM12%3E3.0.CO;2-%23")]
    [InlineData("10.1000/100%?x", "https://doi.org/10.1000/100%25%3Fx")]
    [InlineData("10.1000/é", "https://doi.org/10.1000/%C3%A9")]
    public void Doi_urls_encode_what_a_url_cannot_hold(string doi, string url) => Assert.Equal(url, DoiLink.Url(doi));
}
