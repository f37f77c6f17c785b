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
    public void A_paper_with_a_venue_is_a_journal_record_with_every_field()
    {
        Assert.Equal(
            [
                ("TY", "JOUR"),
                ("TI", "Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood"),
                ("AU", "Zhu, Yaxuan"), ("AU", "Xie, Jianwen"), ("AU", "Wu, Ying Nian"), ("AU", "Gao, Ruiqi"),
                ("PY", "2023"),
                ("DA", "2023/09/10"),
                ("T2", "ICLR 2024 (spotlight)"),
                ("UR", "https://arxiv.org/abs/2309.05153"),
                ("L1", "https://arxiv.org/pdf/2309.05153"),
                ("AB", "Pairing each energy-based model with a learned initialiser for its sampler, across noise levels, narrows the gap between EBMs and diffusion models."),
                ("KW", "Energy-Based Models"), ("KW", "Diffusion Models"),
                ("ER", ""),
            ],
            Fields(Ris("2309.05153")));
    }

    [Fact]
    public void A_preprint_without_venue_is_generic()
    {
        var fields = Fields(Ris("arxiv-only"));
        Assert.Equal(("TY", "GEN"), fields[0]);
        Assert.Contains(("AU", "Van de Maele, Toon"), fields);
        Assert.Contains(("UR", "https://arxiv.org/abs/2209.09097"), fields);
        Assert.DoesNotContain(fields, f => f.Tag == "T2");
    }

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
    public void A_paper_with_neither_links_its_page_and_has_no_authors_or_date()
    {
        var fields = Fields(Ris("no-ids-no-authors"));
        Assert.Equal(("TY", "GEN"), fields[0]);
        Assert.Contains(("UR", "https://paperdigest.netlify.app/papers/notes-from-the-reading-group/"), fields);
        Assert.Contains(("PY", "2025"), fields);
        Assert.DoesNotContain(fields, f => f.Tag is "AU" or "DA" or "AB");
    }

    [Fact]
    public void Line_breaks_in_values_become_spaces()
    {
        var fields = Fields(Ris("hostile"));
        Assert.Contains(("AB", "Line one line two line three " + CitationCases.HostileText + " & <b>bold</b> }"), fields);
        Assert.Contains(fields, f => f.Tag == "TI" && f.Value.EndsWith("@misc{evil, next line \u200Frtl\u200F 🧪", StringComparison.Ordinal));
    }
}
