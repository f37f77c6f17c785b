using System.Text;
using PaperDigest.Scaffolding;

namespace PaperDigest.Tests.Scaffolding;

/// <summary>Which reader a file goes to, and files that are not UTF-8.</summary>
public sealed class ImportReaderTests
{
    // xunit runs public methods only and ImportFormat is internal: the value arrives as an Enum.
    [Theory]
    [InlineData("refs.bib", "@article{k, title={T}}", ImportFormat.BibTex)]
    [InlineData("refs.txt", "\n\n@article{k, title={T}}", ImportFormat.BibTex)]
    [InlineData("query.atom", "<feed/>", ImportFormat.ArxivAtom)]
    [InlineData("query.xml", "\uFEFF  <?xml version=\"1.0\"?><feed/>", ImportFormat.ArxivAtom)]
    [InlineData("export.bib", "<?xml version=\"1.0\"?><feed/>", ImportFormat.ArxivAtom)]
    [InlineData("empty.atom", "", ImportFormat.ArxivAtom)]
    [InlineData("empty.bib", "", ImportFormat.BibTex)]
    public void Content_decides_then_the_extension(string path, string text, Enum format) =>
        Assert.Equal((ImportFormat)format, ImportReader.Detect(path, Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void A_latin1_bib_file_is_read_with_a_warning()
    {
        var bytes = Encoding.Latin1.GetBytes("@article{k, title = {Sch\u00f6ne Physik}, author = {L\u00f6wen, Hartmut}}");

        var result = ImportReader.Read("old.bib", bytes);

        Assert.Equal("old.bib:1:1: warning PD0705: the file is not valid UTF-8; it was read as Latin-1 (ISO 8859-1)", Assert.Single(result.Diagnostics).ToString());
        var paper = Assert.Single(result.Papers);
        Assert.Equal("Schöne Physik", paper.Title);
        Assert.Equal(["Hartmut Löwen"], paper.Authors.ToArray());
    }

    [Fact]
    public void A_utf8_bom_is_skipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("@misc{k, title = {T}}")).ToArray();
        var result = ImportReader.Read("refs.bib", bytes);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("T", Assert.Single(result.Papers).Title);
    }
}
