using PaperDigest.Scaffolding;

namespace PaperDigest.Tests.Scaffolding;

/// <summary>The BibTeX grammar: every construct, and errors as data with the .bib file's line and column.</summary>
public sealed class BibTexReaderTests
{
    private static BibTexRecord Single(string bib)
    {
        var result = BibTexReader.Read(bib, "refs.bib");
        Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics));
        return Assert.Single(result.Records);
    }

    [Fact]
    public void Reads_type_key_and_fields_in_order()
    {
        var record = Single("@Article{zhu2023,\n  Title = {Learning EBMs},\n  AUTHOR = \"Zhu, Yaxuan\",\n  year = 2023\n}\n");

        Assert.Equal("article", record.Type);
        Assert.Equal("zhu2023", record.Key);
        Assert.Equal(["title", "author", "year"], record.Fields.Select(f => f.Name).ToArray());
        Assert.Equal("Learning EBMs", record["title"]);
        Assert.Equal("Learning EBMs", record["TITLE"]);
        Assert.Equal("Zhu, Yaxuan", record["author"]);
        Assert.Equal("2023", record["year"]);
        Assert.Equal(1, record.Location.Line);
        Assert.Equal(1, record.Location.Column);
        Assert.Equal(new PaperDigest.Diagnostics.SourceLocation("refs.bib", 3, 3), record.Field("author")!.Location);
    }

    [Theory]
    [InlineData("@misc{k, title = {A {Nested {Deeply}} Title}}", "A {Nested {Deeply}} Title")]
    [InlineData("@misc{k, title = \"Quoted {with \"inner\" quote}\"}", "Quoted {with \"inner\" quote}")]
    [InlineData("@misc{k, title = {Accents M{\\\"u}ller}}", "Accents M{\\\"u}ller")]
    [InlineData("@misc{k, title = \"a\" # \" and \" # {b}}", "a and b")]
    [InlineData("@misc{k, title = {}}", "")]
    [InlineData("@misc{k, title = {Trailing comma},}", "Trailing comma")]
    [InlineData("@misc(k, title = {Paren delimiters (with parens)})", "Paren delimiters (with parens)")]
    [InlineData("@misc { k ,\n\ttitle\t=\t{Spaces everywhere} , }", "Spaces everywhere")]
    public void Values_in_every_form(string bib, string title) =>
        Assert.Equal(title, Single(bib)["title"]);

    [Fact]
    public void String_macros_expand_and_concatenate()
    {
        var bib = """
            @string{ prl = {Physical Review Letters} }
            @STRING(jcp = "J. Chem. " # "Phys.")
            @article{a, journal = prl, note = jcp # { (2020)}, month = sep}
            """;
        var record = Single(bib);
        Assert.Equal("Physical Review Letters", record["journal"]);
        Assert.Equal("J. Chem. Phys. (2020)", record["note"]);
        Assert.Equal("September", record["month"]);
    }

    [Fact]
    public void Comments_preambles_and_text_between_entries_are_skipped()
    {
        var bib = """
            This file was exported on 2025-05-20; mail questions to editor@example.org.
            @comment{jabref-meta: databaseType:bibtex; {nested}}
            @preamble{ "\newcommand{\noopsort}[1]{}" # "x" }
            % a LaTeX comment line
            @misc{only, title = {The only entry}}
            @Comment this line is a comment too
            """;
        var result = BibTexReader.Read(bib, "refs.bib");
        Assert.Empty(result.Diagnostics);
        Assert.Equal("The only entry", Assert.Single(result.Records)["title"]);
    }

    [Fact]
    public void An_entry_without_fields_is_read()
    {
        var record = Single("@misc{lonely}");
        Assert.Equal("lonely", record.Key);
        Assert.Empty(record.Fields);
    }

    [Fact]
    public void Crlf_line_endings_count_as_one_line_each()
    {
        var result = BibTexReader.Read("@misc{a, title = {A}}\r\n\r\n@misc{b,\r\n  title {B}}\r\n", "refs.bib");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("refs.bib:4:9: error PD0701: missing '=' after the field 'title' in @misc{b", error.ToString());
    }

    [Fact]
    public void An_undefined_macro_is_a_warning_and_reads_as_empty()
    {
        var result = BibTexReader.Read("@article{a,\n  journal = nature,\n  title = {T}\n}", "refs.bib");
        var warning = Assert.Single(result.Diagnostics);
        Assert.False(warning.IsError);
        Assert.Equal(ScaffoldingCodes.BibTexUndefinedMacro, warning.Code);
        Assert.Equal((2, 13), (warning.Location.Line, warning.Location.Column));
        Assert.Equal("", Assert.Single(result.Records)["journal"]);
    }

    [Fact]
    public void A_repeated_field_keeps_the_first_with_a_warning()
    {
        var result = BibTexReader.Read("@misc{a, title = {First}, title = {Second}}", "refs.bib");
        Assert.Equal(ScaffoldingCodes.BibTexRepeatedField, Assert.Single(result.Diagnostics).Code);
        Assert.Equal("First", Assert.Single(result.Records)["title"]);
    }

    public static TheoryData<string, string> Broken => new()
    {
        {
            "@article{bad,\n  title = {Never closed,\n  author = {A. Author},\n  year = {2023}\n}\n\n@misc{ok, title = {OK}}\n",
            "refs.bib:2:11: error PD0702: the value of 'title' in @article{bad runs on into 'author = ...': a '}' is missing in it; check its braces"
        },
        {
            "@article{bad,\n  title = {Closed}\n  author = {A}\n}\n@misc{ok, title = {OK}}\n",
            "refs.bib:3:3: error PD0701: expected ',' or '}' after the value of 'title' in @article{bad, not 'a'"
        },
        {
            "@article{bad,\n  title {Closed},\n}\n@misc{ok, title = {OK}}\n",
            "refs.bib:2:9: error PD0701: missing '=' after the field 'title' in @article{bad"
        },
        {
            "@article{bad,\n  title = {Closed}\n\n@misc{ok, title = {OK}}\n",
            "refs.bib:1:1: error PD0702: @article{bad is not closed: '}' is missing before the next entry"
        },
        {
            "@article{title = {No key}}\n@misc{ok, title = {OK}}\n",
            "refs.bib:1:10: error PD0701: @article has no citation key; write @article{key, title = ...}"
        },
        {
            "@article{bad, title = }\n@misc{ok, title = {OK}}\n",
            "refs.bib:1:23: error PD0701: expected the value of 'title': {...}, \"...\", a number or a @string name, not '}'"
        },
        {
            "@article{bad, title = \"open quote}\n@misc{ok, title = {OK}}\n",
            "refs.bib:1:34: error PD0702: the value of 'title' has a '}' that closes nothing; check its braces"
        },
        {
            "@article{bad, title = \"never closed\n@misc{ok, title = {OK}}\n",
            "refs.bib:1:23: error PD0702: the value of 'title' opens '\"' here and does not close it before the next entry; check its braces"
        },
        {
            "@article bad, title = {X}}\n@misc{ok, title = {OK}}\n",
            "refs.bib:1:10: error PD0701: expected '{' or '(' after @article"
        },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_broken_entry_is_one_error_with_its_position_and_the_next_entry_still_reads(string bib, string expected)
    {
        var result = BibTexReader.Read(bib, "refs.bib");

        Assert.Equal(expected, Assert.Single(result.Diagnostics).ToString());
        Assert.Equal("OK", Assert.Single(result.Records)["title"]);
    }

    [Fact]
    public void A_value_open_at_the_end_of_the_file_is_reported_where_it_opens()
    {
        var result = BibTexReader.Read("@misc{ok, title = {OK}}\n@misc{bad,\n  title = {Open", "refs.bib");
        Assert.Equal("refs.bib:3:11: error PD0702: the value of 'title' opens '{' here and does not close it before the end of the file; check its braces",
            Assert.Single(result.Diagnostics).ToString());
        Assert.Equal("OK", Assert.Single(result.Records)["title"]);
    }

    [Theory]
    [InlineData("sep", 9)]
    [InlineData("September", 9)]
    [InlineData("Sept.", 9)]
    [InlineData("9", 9)]
    [InlineData("09", 9)]
    [InlineData("dec", 12)]
    [InlineData("13", null)]
    [InlineData("spring", null)]
    public void Months_in_every_spelling(string value, int? month) => Assert.Equal(month, BibTexReader.Month(value));
}
