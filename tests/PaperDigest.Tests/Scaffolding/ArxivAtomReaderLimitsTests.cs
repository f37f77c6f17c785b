using System.Text;
using PaperDigest.Scaffolding;

namespace PaperDigest.Tests.Scaffolding;

/// <summary>
/// Hostile XML (entity bombs, external entities, deep nesting, floods of elements or text) is refused before any
/// document is built, with the line and column where the file goes wrong.
/// </summary>
public sealed class ArxivAtomReaderLimitsTests
{
    private const string Feed = "<feed xmlns=\"http://www.w3.org/2005/Atom\">";

    private static ImportReadResult Read(string xml) =>
        SmallStack.Run(() => ArxivAtomReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "query.atom"));

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    [Fact]
    public void A_hundred_thousand_nested_elements_are_refused_where_the_nesting_passes_the_limit()
    {
        var result = Read(Feed + "\n<entry><title>" + Repeat("<b>", 100_000) + "x" + Repeat("</b>", 100_000) + "</title></entry></feed>");

        Assert.Empty(result.Papers);
        // The feed is depth 0, the entry 1, the title 2: the 30th <b> is the 33rd level.
        Assert.Equal($"query.atom:2:{15 + (29 * 3)}: error PD0707: elements nest more than 32 deep here; the file was refused and nothing of it is imported",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Nesting_within_the_limit_is_read()
    {
        var result = Read(Feed + "<entry><title>" + Repeat("<b>", 28) + "Deep title" + Repeat("</b>", 28) + "</title></entry></feed>");

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Deep title", Assert.Single(result.Papers).Title);
    }

    [Theory]
    [InlineData("<!DOCTYPE feed [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>")]
    [InlineData("<!DOCTYPE feed [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>")]
    [InlineData("<!DOCTYPE feed [<!ENTITY % remote SYSTEM \"http://example.org/evil.dtd\"> %remote;]>")]
    [InlineData("<!DOCTYPE feed SYSTEM \"http://example.org/feed.dtd\">")]
    public void Entity_bombs_and_external_entities_are_refused_with_the_dtd(string doctype)
    {
        var result = Read("<?xml version=\"1.0\"?>\n" + doctype + "\n" + Feed + "<entry><title>&c;&secret;</title></entry></feed>");

        Assert.Empty(result.Papers);
        Assert.Equal("query.atom:2:1: error PD0710: the file declares a DTD (<!DOCTYPE ...>), which is refused: an arXiv API response has none",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void More_entries_than_the_limit_are_refused()
    {
        var result = Read(Feed + "\n" + Repeat("<entry><title>T</title></entry>\n", ImportReader.MaxPapers + 1) + "</feed>");

        Assert.Empty(result.Papers);
        Assert.Equal($"query.atom:{ImportReader.MaxPapers + 2}:1: error PD0708: the file has more than 100,000 entries (split it into smaller files); the file was refused and nothing of it is imported",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void More_elements_than_the_limit_are_refused()
    {
        var result = Read(Feed + "<entry><title>T</title>" + Repeat("<x/>", ArxivAtomReader.MaxElements) + "</entry></feed>");

        Assert.Empty(result.Papers);
        Assert.Equal(ScaffoldingCodes.FileTooLarge, Assert.Single(result.Diagnostics).Code);
        Assert.StartsWith("the file has more than 1,000,000 elements", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_longer_than_the_limit_is_refused_at_its_start()
    {
        var result = Read(Feed + "\n<entry>\n<title>" + new string('x', ImportReader.MaxValueLength + 1) + "</title></entry></feed>");

        Assert.Empty(result.Papers);
        Assert.Equal("query.atom:3:8: error PD0708: a text here is longer than 1,000,000 characters; the file was refused and nothing of it is imported",
            Assert.Single(result.Diagnostics).ToString());
    }

    /// <summary>Found by the fuzzer: System.Xml throws ArgumentOutOfRangeException when it switches encoding after a long declaration.</summary>
    [Fact]
    public void A_long_xml_declaration_before_an_encoding_is_an_error_not_a_crash()
    {
        var result = Read("<?xml version=\"1.0" + Repeat("e\u0301", 1000) + "\" encoding=\"utf-8\"?>\n" + Feed + "<entry><title>T</title></entry></feed>");

        Assert.Empty(result.Papers);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(ScaffoldingCodes.AtomInvalid, error.Code);
        Assert.Equal(1, error.Location.Line);
        Assert.StartsWith("not a well-formed Atom file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_longer_than_an_import_may_be_is_refused_without_reading_it_all()
    {
        using var endless = new EndlessStream();

        var result = ArxivAtomReader.Read(endless, "query.atom");

        Assert.Equal(ScaffoldingCodes.ImportFileUnusable, Assert.Single(result.Diagnostics).Code);
        Assert.InRange(endless.Served, ImportReader.MaxFileBytes, ImportReader.MaxFileBytes + (1024 * 1024));
    }

    /// <summary>A stream that never ends, counting what it served.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
