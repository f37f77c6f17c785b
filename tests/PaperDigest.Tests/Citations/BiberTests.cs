using System.Text;
using System.Text.RegularExpressions;
using PaperDigest.Citations;

namespace PaperDigest.Tests.Citations;

/// <summary>
/// biber, biblatex's backend, reads every sample paper's <c>cite.bib</c> and checks it against biblatex's data model
/// (<c>--validate-datamodel</c>): each entry is read, with no field its type does not have and no mandatory field
/// missing, except the date of a paper whose date is not known, which is left out rather than invented.
/// </summary>
public sealed partial class BiberTests(ITestOutputHelper output)
{
    [GeneratedRegex(@"^(WARN|ERROR) - (.*)$", RegexOptions.Multiline)]
    private static partial Regex Problem();

    [Fact]
    public async Task Biber_reads_every_entry_and_finds_it_valid_for_biblatex()
    {
        TestTools.Require(TestTools.Biber);

        using var temp = new TempFolder();
        var citations = SampleCitations.All.Select(c => c.Citation).DistinctBy(BibTexKey.For).ToList();
        var bib = string.Concat(citations.Select(BibTexWriter.Write));
        await File.WriteAllTextAsync(temp.Combine("all.bib"), bib, new UTF8Encoding(false), TestContext.Current.CancellationToken);

        var (exit, stdout, stderr) = await ToolProcessRun.RunAsync(TestTools.BiberPath!,
            ["--tool", "--validate-datamodel", "--nolog", "--output-file", temp.Combine("out.bib"), temp.Combine("all.bib")], temp.Path);
        output.WriteLine(stdout);
        Assert.True(exit == 0, $"biber failed (exit {exit}):\n{stdout}\n{stderr}");

        var undated = citations.Where(c => c.Issued is null).Select(BibTexKey.For).ToHashSet();
        var problems = Problem().Matches(stdout)
            .Select(m => m.Groups[2].Value)
            .Where(message => !(message.Contains("Missing mandatory field - one of 'date, year'", StringComparison.Ordinal)
                && undated.Any(key => message.Contains($"Entry '{key}'", StringComparison.Ordinal))))
            .ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));

        // Every entry came through: biber writes each one it read.
        var written = await File.ReadAllTextAsync(temp.Combine("out.bib"), TestContext.Current.CancellationToken);
        Assert.All(citations, c => Assert.Contains("{" + BibTexKey.For(c) + ",", written, StringComparison.OrdinalIgnoreCase));
    }
}
