using System.Text;
using PaperDigest.Scaffolding;

namespace PaperDigest.Tests.Scaffolding;

/// <summary>A saved arXiv API response read into papers; the abstract never comes along.</summary>
public sealed class ArxivAtomReaderTests
{
    private static readonly string SavedResponse = Path.Combine(RepoPaths.TestFiles, "Scaffolding", "two-papers.atom");

    private static ImportReadResult Read(string xml) =>
        ArxivAtomReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "query.atom");

    [Fact]
    public void Reads_both_papers_of_a_saved_response()
    {
        using var stream = File.OpenRead(SavedResponse);
        var result = ArxivAtomReader.Read(stream, "two-papers.atom");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, result.Papers.Length);
        Assert.Equal(
            """
            title: Machine learning and the physical sciences
            authors: Giuseppe Carleo | Ignacio Cirac | Kyle Cranmer | Laurent Daudet | Maria Schuld | Naftali Tishby | Leslie Vogt-Maranto | Lenka Zdeborová
            arxiv: 1903.10563v2
            doi: 10.1103/RevModPhys.91.045002
            published: 2019-03-25
            venue: Rev. Mod. Phys. 91, 045002 (2019) [journal]
            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            BibTexImportTests.Describe(result.Papers[0]));
        Assert.Equal(
            """
            title: Denoising Diffusion Probabilistic Models
            authors: Jonathan Ho | Ajay Jain | Pieter Abbeel
            arxiv: 2006.11239v2
            published: 2020-06-19
            code: https://github.com/hojonathanho/diffusion
            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            BibTexImportTests.Describe(result.Papers[1]));
        Assert.Equal((11, 3), (result.Papers[0].Location.Line, result.Papers[0].Location.Column));
    }

    [Fact]
    public void The_abstract_is_never_taken()
    {
        using var stream = File.OpenRead(SavedResponse);
        var result = ArxivAtomReader.Read(stream, "two-papers.atom");

        foreach (var paper in result.Papers)
        {
            var text = EntryWriter.Write(paper.ToEntry(new DateOnly(2025, 5, 20), ["diffusion-models"]));
            Assert.DoesNotContain("STAND-IN ABSTRACT", text, StringComparison.Ordinal);
            Assert.DoesNotContain("noising process", text, StringComparison.Ordinal);
            Assert.Contains(EntryWriter.PlaceholderSummary, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_dtd_is_refused_so_no_entity_is_expanded()
    {
        var result = Read("""
            <?xml version="1.0"?>
            <!DOCTYPE feed [<!ENTITY boom "boom">]>
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&boom;</title></entry></feed>
            """);

        Assert.Equal("query.atom:2:1: error PD0710: the file declares a DTD (<!DOCTYPE ...>), which is refused: an arXiv API response has none",
            Assert.Single(result.Diagnostics).ToString());
        Assert.Empty(result.Papers);
    }

    [Fact]
    public void A_dtd_the_message_check_misses_is_still_refused_by_the_reader()
    {
        // UTF-16 hides the DOCTYPE from the byte search; the XML reader must refuse it all the same.
        var xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?>\n<!DOCTYPE feed [<!ENTITY boom \"boom\">]>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&boom;</title></entry></feed>";
        var result = ArxivAtomReader.Read(new MemoryStream(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(xml)).ToArray()), "query.atom");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(ScaffoldingCodes.AtomInvalid, error.Code);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Papers);
    }

    [Fact]
    public void Malformed_xml_is_an_error_with_its_position()
    {
        var result = Read("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <entry><title>Unclosed</entry>\n</feed>");

        var error = Assert.Single(result.Diagnostics);
        Assert.StartsWith("query.atom:2:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("error PD0710: not a well-formed Atom file", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_api_error_feed_says_what_arxiv_said()
    {
        var result = Read("""
            <feed xmlns="http://www.w3.org/2005/Atom">
              <entry>
                <id>http://arxiv.org/api/errors#incorrect_id_format_for_2309.0515x</id>
                <title>Error</title>
                <summary>incorrect id format for 2309.0515x</summary>
              </entry>
            </feed>
            """);

        Assert.Equal("query.atom:2:3: error PD0711: the arXiv API answered with an error: incorrect id format for 2309.0515x",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Another_kind_of_xml_is_not_an_atom_feed()
    {
        var result = Read("<rss version=\"2.0\"><channel/></rss>");
        Assert.Contains("not an Atom feed", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_without_a_title_is_an_error()
    {
        var result = Read("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>http://arxiv.org/abs/2309.05153v1</id><title>  </title></entry></feed>");
        Assert.Equal(ScaffoldingCodes.MissingTitle, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Versions_of_one_paper_share_one_id()
    {
        var result = Read("""
            <feed xmlns="http://www.w3.org/2005/Atom">
              <entry><id>http://arxiv.org/abs/2309.05153v1</id><title>A</title></entry>
              <entry><id>https://arxiv.org/abs/2309.05153v2</id><title>A</title></entry>
            </feed>
            """);
        // Each keeps its version; the id without it is the same paper's.
        Assert.Equal(["2309.05153v1", "2309.05153v2"], result.Papers.Select(p => p.Arxiv));
        Assert.Equal(["2309.05153", "2309.05153"], result.Papers.Select(p => PaperDigest.Parsing.Identifiers.ArxivWithoutVersion(p.Arxiv!)));
    }
}
