using System.Text.RegularExpressions;
using PaperDigest.Citations;

namespace PaperDigest.Tests.Citations;

public sealed partial class RisWriterTests
{
    [GeneratedRegex("^[A-Z][A-Z0-9]  - ")]
    private static partial Regex FieldLine();

    private static string Ris(string caseName)
    {
        var c = CitationCases.All[caseName];
        return RisWriter.Write(c.Paper, CitationCases.Site, c.Keywords);
    }

    private static List<(string Tag, string Value)> Fields(string ris) =>
        [.. ris.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => (line[..2], line[6..]))];

    public static TheoryData<string> CaseNames => [.. CitationCases.All.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Every_line_is_one_field_ending_in_crlf_and_the_record_ends_with_er(string caseName)
    {
        var ris = Ris(caseName);
        Assert.EndsWith("\r\nER  - \r\n", ris, StringComparison.Ordinal);
        Assert.StartsWith("TY  - ", ris, StringComparison.Ordinal);
        var lines = ris[..^2].Split("\r\n");
        Assert.All(lines, line =>
        {
            Assert.Matches(FieldLine(), line);
            Assert.DoesNotContain('\r', line);
            Assert.DoesNotContain('\n', line);
            Assert.DoesNotContain('\u2028', line);
        });
        Assert.Single(lines, line => line.StartsWith("ER  - ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_conference_paper_is_cpaper_with_the_conference_and_its_year()
    {
        Assert.Equal(
            [
                ("TY", "CPAPER"),
                ("TI", "Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood"),
                ("AU", "Zhu, Yaxuan"), ("AU", "Xie, Jianwen"), ("AU", "Wu, Ying Nian"), ("AU", "Gao, Ruiqi"),
                ("PY", "2024"),
                ("T2", "ICLR 2024"),
                ("UR", "https://arxiv.org/abs/2309.05153"),
                ("L1", "https://arxiv.org/pdf/2309.05153"),
                ("KW", "Energy-Based Models"), ("KW", "Diffusion Models"),
                ("ER", ""),
            ],
            Fields(Ris("2309.05153")));
    }

    [Fact]
    public void A_journal_article_is_jour_with_volume_and_page_range()
    {
        var fields = Fields(Ris("arxiv-doi-venue"));
        Assert.Equal(("TY", "JOUR"), fields[0]);
        Assert.Equal(
            [("PY", "2023"), ("T2", "Science"), ("VL", "382"), ("SP", "1297"), ("EP", "1303"), ("DO", "10.1126/science.adi8474")],
            fields.Where(f => f.Tag is "PY" or "DA" or "T2" or "VL" or "IS" or "SP" or "EP" or "DO"));
    }

    [Fact]
    public void A_preprint_is_generic_with_its_server_as_publisher_as_zotero_writes_it()
    {
        var fields = Fields(Ris("arxiv-only"));
        Assert.Equal(("TY", "GEN"), fields[0]);
        Assert.Contains(("AU", "Van de Maele, Toon"), fields);
        Assert.Contains(("PY", "2022"), fields);
        Assert.Contains(("DA", "2022/09/16"), fields);
        Assert.Contains(("PB", "arXiv"), fields);
        Assert.Contains(("UR", "https://arxiv.org/abs/2209.09097"), fields);
        Assert.DoesNotContain(fields, f => f.Tag == "T2");
    }

    [Fact]
    public void A_preprint_without_a_date_of_its_own_is_dated_by_the_month_of_its_id() =>
        Assert.Equal([("PY", "2023"), ("DA", "2023/04")], Fields(Ris("arxiv-month")).Where(f => f.Tag is "PY" or "DA"));

    [Fact]
    public void A_doi_only_paper_is_a_journal_record_linking_its_doi()
    {
        var fields = Fields(Ris("doi-only"));
        Assert.Equal(("TY", "JOUR"), fields[0]);
        Assert.Contains(("DO", "10.1016/j.physa.2022.127947"), fields);
        Assert.Contains(("UR", "https://doi.org/10.1016/j.physa.2022.127947"), fields);
        Assert.DoesNotContain(fields, f => f.Tag == "L1");
    }

    [Fact]
    public void A_thesis_names_its_university_as_publisher() =>
        Assert.Equal([("TY", "THES"), ("PB", "University of Oxford")], Fields(Ris("thesis")).Where(f => f.Tag is "TY" or "PB" or "T2"));

    [Fact]
    public void A_paper_with_neither_links_its_page_and_has_no_authors_or_date()
    {
        var fields = Fields(Ris("no-ids-no-authors"));
        Assert.Equal(("TY", "GEN"), fields[0]);
        Assert.Contains(("UR", "https://paperdigest.netlify.app/papers/notes-from-the-reading-group/"), fields);
        Assert.DoesNotContain(fields, f => f.Tag is "AU" or "PY" or "DA" or "AB");
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void The_editors_summary_is_never_the_abstract(string caseName) =>
        Assert.DoesNotContain(Fields(Ris(caseName)), f => f.Tag is "AB" or "N2");

    [Fact]
    public void Line_breaks_in_values_become_spaces()
    {
        var fields = Fields(Ris("hostile"));
        Assert.Contains(("T2", "Journal of " + CitationCases.HostileText + " & \"Things\" {100%}"), fields);
        Assert.Contains(fields, f => f.Tag == "TI" && f.Value.EndsWith("@misc{evil, next line \u200Frtl\u200F 🧪", StringComparison.Ordinal));
        Assert.Contains(fields, f => f.Tag == "TI" && !f.Value.Contains('\n', StringComparison.Ordinal));
    }
}
