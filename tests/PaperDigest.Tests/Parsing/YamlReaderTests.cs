using System.Text;
using PaperDigest.Diagnostics;
using PaperDigest.Parsing;
using PaperDigest.Reading;

namespace PaperDigest.Tests.Parsing;

/// <summary>
/// YAML diagnostics point at the line and column an editor sees, whatever the text holds, and any depth of nesting
/// ends in a diagnostic, not a stack overflow.
/// </summary>
public sealed class YamlReaderTests
{
    private static IReadOnlyList<string> SiteDiagnostics(string text)
    {
        var bag = new DiagnosticBag();
        var source = SourceDecoder.Decode("site.yml", Encoding.UTF8.GetBytes(text), bag);
        SiteConfigParser.Parse(source!, bag);
        return [.. bag.Items.Select(d => d.ToString())];
    }

    /// <summary>Found by the fuzzer: YamlDotNet counts U+2028, U+2029 and U+0085 as line breaks, and lines ran past the file.</summary>
    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\u0085")]
    public void Unicode_line_separators_do_not_move_the_line(string separator)
    {
        var text = "title: Boundary" + string.Concat(Enumerable.Repeat(separator, 1000)) + " Layer\nbase_url: https://example.org/\npage_size: [\n";

        Assert.Equal("site.yml:4:1: error PD0012", Assert.Single(SiteDiagnostics(text))[..26]);
    }

    /// <summary>Found by the fuzzer: without a final line break, the end of the text was put on a line after the last.</summary>
    [Fact]
    public void An_error_at_the_end_of_a_file_without_a_final_line_break_is_on_its_last_line()
    {
        var diagnostics = SiteDiagnostics("title: Boundary Layer\n :  name: x");

        Assert.All(diagnostics, d => Assert.StartsWith("site.yml:2:", d, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    [InlineData("[{a: ", "}]")]
    public void Flow_nesting_a_hundred_thousand_deep_is_an_error_on_a_small_stack(string open, string close)
    {
        var venue = Repeat(open, 100_000) + "x" + Repeat(close, 100_000);
        Assert.True(venue.Length < SourceDecoder.MaxFileBytes);

        var diagnostic = Assert.Single(SmallStack.Run(() => EntryText.Diagnostics(EntryText.Entry("Deep", "venue: " + venue))));

        Assert.Matches(@"^entry\.md:6:[0-9]+: error PD0014: YAML nested more than 32 levels deep$", diagnostic);
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
