using System.Text.RegularExpressions;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Cli;

/// <summary>
/// <c>paperdigest import</c>, the real process, on hostile BibTeX and Atom files: it ends with exit code 1 and an error
/// naming the file, line and column, prints no stack trace (a stack overflow would end the process with one) and
/// writes nothing into the digest.
/// </summary>
public sealed class ImportBombTests
{
    public static TheoryData<string, string, int> Bombs => new()
    {
        { "macros-doubling.bib", "PD0706", 20 },
        { "macros-budget.bib", "PD0708", 19 },
        { "macros-self.bib", "PD0720", 4 },
        { "braces.bib", "PD0707", 2 },
        { "accents.bib", "PD0707", 2 },
        { "accent-chain.bib", "PD0723", 1 },
        { "huge-field.bib", "PD0706", 2 },
        { "entries.bib", "PD0708", 100_001 },
        { "authors.bib", "PD0706", 3 },
        { "deep.atom", "PD0707", 3 },
        { "laughs.atom", "PD0710", 2 },
        { "external-entity.atom", "PD0710", 2 },
        { "entries.atom", "PD0708", 100_003 },
        { "declaration.atom", "PD0710", 1 },
    };

    [Theory]
    [MemberData(nameof(Bombs))]
    public void A_bomb_is_an_error_at_its_line_and_nothing_is_written(string file, string code, int line)
    {
        using var temp = new TempFolder();
        temp.CopyFrom(RepoPaths.Input, "in");
        File.WriteAllText(temp.Combine(file), ImportBombs.Text(file));
        var before = FolderSnapshot.Take(temp.Path);

        var run = PaperDigestProcess.Run(temp.Path, "import", file, "--input", "in", "--tags", "active-matter", "--date", "2025-05-20");

        run.AssertExit(1);
        run.AssertNoStackTrace();
        var located = new Regex($@"^{Regex.Escape(file)}:{line}:[0-9]+: error {code}: ");
        Assert.True(run.StderrLines.Any(located.IsMatch), $"expected an error {code} at {file}:{line}\n{run}");
        Assert.Contains("Imported 0 papers, skipped 0 (already in the digest)", run.Stdout, StringComparison.Ordinal);
        FolderSnapshot.AssertIdentical(before, FolderSnapshot.Take(temp.Path), $"the digest after importing {file}");
    }
}
