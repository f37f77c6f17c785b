using System.Text;
using PaperDigest.Scaffolding;

namespace PaperDigest.Tests.Scaffolding;

/// <summary>
/// Hostile BibTeX (macro bombs, deep braces, huge values, floods of entries or mistakes) ends in diagnostics with the
/// file's line and column, in memory and time linear in the file, on a small stack.
/// </summary>
public sealed class BibTexReaderLimitsTests
{
    private static BibTexReadResult Read(string bib) => SmallStack.Run(() => BibTexReader.Read(bib, "bomb.bib"));

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    [Fact]
    public void Doubling_macros_stop_at_the_value_limit_with_its_line()
    {
        var result = Read(Cli.ImportBombs.DoublingMacros(40));

        Assert.Empty(result.Records);
        var first = result.Diagnostics[0];
        // a19 is 2^20 characters, the first beyond a million; it is defined on line 20.
        Assert.Equal("bomb.bib:20:15: error PD0706: the value of 'a19' is longer than 1,000,000 characters, @string names expanded", first.ToString());
        Assert.All(result.Diagnostics, d => Assert.True(d.IsError));
        Assert.Contains(result.Diagnostics, d => d.ToString() == "bomb.bib:42:24: error PD0706: 'a40' in the value of 'title' is a @string that could not be read (line 41)");
    }

    [Fact]
    public void Macros_used_again_and_again_exhaust_the_expansion_budget_and_refuse_the_file()
    {
        var bib = new StringBuilder("@misc{fine, title = {A fine entry}}\n@string{big = {" + new string('x', 900_000) + "}}\n");
        for (var i = 0; i < 40; i++)
        {
            bib.Append(Invariant($"@misc{{k{i}, title = big}}\n"));
        }

        var result = Read(bib.ToString());

        Assert.Empty(result.Records);
        var refusal = Assert.Single(result.Diagnostics);
        Assert.Equal(ScaffoldingCodes.FileTooLarge, refusal.Code);
        Assert.Equal((20, 20), (refusal.Location.Line, refusal.Location.Column));
        Assert.Contains("expand to more than 16,000,000 characters in all", refusal.Message, StringComparison.Ordinal);
        Assert.EndsWith("the file was refused and nothing of it is imported", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("@string{a = a # a}\n@misc{k, title = {T} # a}\n")]
    [InlineData("@string{a = b}\n@string{b = a # a}\n@misc{k, title = {T} # a # b}\n")]
    public void Macros_that_name_themselves_or_each_other_read_as_empty(string bib)
    {
        var result = Read(bib);

        Assert.Equal("T", Assert.Single(result.Records)["title"]);
        Assert.All(result.Diagnostics, d => Assert.Equal(ScaffoldingCodes.BibTexUndefinedMacro, d.Code));
    }

    [Fact]
    public void A_hundred_thousand_nested_braces_are_an_error_at_the_first_too_deep_and_the_next_entry_is_read()
    {
        var bib = "@article{deep,\n  title = {" + new string('{', 100_000) + "x" + new string('}', 100_000) + "}}\n@misc{next, title = {Next}}\n";

        var result = Read(bib);

        Assert.Equal("bomb.bib:2:75: error PD0707: braces nest more than 64 deep in the value of 'title'", Assert.Single(result.Diagnostics).ToString());
        Assert.Equal("next", Assert.Single(result.Records).Key);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        var depth = BibTexReader.MaxBraceDepth - 1;
        var result = Read("@misc{k, title = {" + new string('{', depth) + "x" + new string('}', depth) + "}}");

        Assert.Empty(result.Diagnostics);
        Assert.Single(result.Records);
    }

    [Fact]
    public void Deeply_nested_accents_are_an_error_not_a_stack_overflow()
    {
        var bib = "@article{accents, title = {" + Repeat(@"\'{", 100_000) + "e" + new string('}', 100_000) + "}}";

        var result = Read(bib);

        Assert.Equal(ScaffoldingCodes.NestedTooDeep, Assert.Single(result.Diagnostics).Code);
        Assert.Empty(result.Records);
    }

    [Theory]
    [InlineData("title", "{", "}", 11)]
    [InlineData("title", "\"", "\"", 11)]
    [InlineData("year", "", "", 10)]
    public void A_value_over_a_million_characters_is_an_error_at_its_start_and_the_next_entry_is_read(string field, string open, string close, int column)
    {
        var filler = open.Length == 0 ? '7' : 'x';
        var bib = $"@misc{{huge,\n  {field} = {open}{new string(filler, 1_500_000)}{close}}}\n@misc{{next, title = {{Next}}}}\n";

        var result = Read(bib);

        Assert.Equal(
            $"bomb.bib:2:{column}: error PD0706: the value of '{field}' is longer than 1,000,000 characters, @string names expanded",
            Assert.Single(result.Diagnostics).ToString());
        Assert.Equal("next", Assert.Single(result.Records).Key);
    }

    [Fact]
    public void A_citation_key_over_a_million_characters_is_an_error_quoted_short()
    {
        var result = Read("@misc{" + new string('k', 1_200_000) + ", title = {T}}\n");

        Assert.Equal("bomb.bib:1:7: error PD0706: the citation key of @misc is 1,200,000 characters long; at most 1,000,000 are allowed",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Long_names_are_cut_in_messages()
    {
        var result = Read("@misc{" + new string('k', 5000) + ", title = " + new string('m', 5000) + "}\n");

        var warning = Assert.Single(result.Diagnostics);
        Assert.True(warning.Message.Length < 300, warning.Message);
    }

    [Fact]
    public void An_entry_with_more_fields_than_the_limit_is_an_error()
    {
        var fields = string.Concat(Enumerable.Range(0, BibTexReader.MaxFields + 1).Select(i => Invariant($"f{i} = {{x}}, ")));
        var result = Read("@misc{many, " + fields + "}\n@misc{next, title = {Next}}\n");

        Assert.Equal("bomb.bib:1:2303: error PD0706: @misc{many has more than 200 fields; it was not imported", Assert.Single(result.Diagnostics).ToString());
        Assert.Equal("next", Assert.Single(result.Records).Key);
    }

    [Fact]
    public void The_same_field_given_again_and_again_keeps_one_and_stops_at_the_problem_limit()
    {
        var result = Read("@misc{k, " + Repeat("title = {x}, ", 50_000) + "}\n");

        Assert.Empty(result.Records);
        Assert.Equal(BibTexReader.MaxProblems + 1, result.Diagnostics.Length);
        Assert.Equal(ScaffoldingCodes.FileTooLarge, result.Diagnostics.Single(d => d.Code != ScaffoldingCodes.BibTexRepeatedField).Code);
    }

    [Fact]
    public void More_entries_than_the_limit_refuse_the_file()
    {
        var result = Read(Repeat("@misc{k, title = {T}}\n", ImportReader.MaxPapers + 1));

        Assert.Empty(result.Records);
        Assert.Equal(
            $"bomb.bib:{ImportReader.MaxPapers + 1}:1: error PD0708: the file has more than 100,000 entries (split it into smaller files); the file was refused and nothing of it is imported",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void A_file_of_nothing_but_mistakes_stops_at_the_problem_limit()
    {
        var result = Read(Repeat("@misc{\n", 200_000));

        Assert.Empty(result.Records);
        Assert.Equal(BibTexReader.MaxProblems + 1, result.Diagnostics.Length);
        Assert.Contains(result.Diagnostics, d => d.Code == ScaffoldingCodes.FileTooLarge && d.Location.Line == BibTexReader.MaxProblems);
    }

    [Fact]
    public void Thousands_of_authors_are_split_once_each()
    {
        var authors = string.Join(" and ", Enumerable.Range(0, 20_000).Select(i => Invariant($"Author{i}, A.")));
        var papers = SmallStack.Run(() => BibTexImport.Read("@misc{k, title = {Big Collaboration}, author = {" + authors + "}}", "bomb.bib"));

        Assert.Equal(20_000, Assert.Single(papers.Papers).Authors.Count);
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
