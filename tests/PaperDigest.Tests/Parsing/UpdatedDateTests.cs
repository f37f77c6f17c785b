using PaperDigest.Parsing;

namespace PaperDigest.Tests.Parsing;

/// <summary>An entry's <c>updated</c>: the date of the paper's latest version, read, checked, and reported where wrong.</summary>
public sealed class UpdatedDateTests
{
    [Fact]
    public void An_updated_date_is_read()
    {
        var paper = EntryText.Paper("entry.md", EntryText.Entry("Updated", "published: 2024-06-09\nupdated: 2025-01-20"));
        Assert.Equal(new DateOnly(2025, 1, 20), paper.Updated);
    }

    [Fact]
    public void Without_one_the_paper_has_none() =>
        Assert.Null(EntryText.Paper("entry.md", EntryText.Entry("Updated", "published: 2024-06-09")).Updated);

    [Theory]
    [InlineData("updated: 2025-13-01", "entry.md:6:10: error PD0104: 'updated' is 2025-13-01, which is not a day of the calendar")]
    [InlineData("updated: last week", "entry.md:6:10: error PD0104: 'updated' must be a date written YYYY-MM-DD, not 'last week'")]
    [InlineData("updated: [2025-01-20]", "entry.md:6:10: error PD0102: 'updated'")]
    [InlineData("published: 2024-06-09\nupdated: 2024-06-01", "entry.md:7:10: error PD0126: 'updated' 2024-06-01 is before 'published' 2024-06-09")]
    public void Mistakes_in_an_updated_date_are_reported_at_their_line_and_column(string lines, string expected)
    {
        var text = EntryText.Entry("Updated", lines);
        var diagnostics = EntryText.Diagnostics(text);
        Assert.True(diagnostics.Any(d => d.StartsWith(expected, StringComparison.Ordinal)), string.Join('\n', diagnostics));
        var bag = new PaperDigest.Diagnostics.DiagnosticBag();
        Assert.Null(PaperParser.Parse(EntryText.Source("entry.md", text), EntryText.Rules, bag));
    }
}
