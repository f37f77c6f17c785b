using System.Text.RegularExpressions;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Cli;

/// <summary><c>paperdigest check</c>: the validation CI runs on pull requests, writing nothing.</summary>
public sealed class CliCheckTests
{
    private const string Entry = "papers/2025/2309.05153.md";

    [Fact]
    public void Check_on_the_sample_exits_0_and_writes_nothing()
    {
        using var temp = new TempFolder();
        temp.CopyFrom(RepoPaths.Input, "in");
        var before = FolderSnapshot.Take(temp.Path);

        var run = PaperDigestProcess.Run(temp.Path, "check", "--input", "in");

        run.AssertExit(0);
        run.AssertNoStackTrace();
        Assert.DoesNotContain(run.StderrLines, l => l.Contains(": error ", StringComparison.Ordinal));
        FolderSnapshot.AssertIdentical(before, FolderSnapshot.Take(temp.Path), "the working folder after check");
        Assert.Equal(["in"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Check_with_github_format_prints_error_and_warning_annotations_on_stdout_and_exits_1()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepoPaths.Input, "in");
        AtomicOutputTests.Misspell(Path.Combine(input, Entry), "diffusion-models", "difusion-models");
        var line = Array.FindIndex(File.ReadAllLines(Path.Combine(input, Entry)), l => l.Contains("difusion-models", StringComparison.Ordinal)) + 1;

        var run = PaperDigestProcess.Run(temp.Path, "check", "--input", "in", "--format", "github");

        run.AssertExit(1);
        var pattern = new Regex($@"^::error file={Regex.Escape($"in/{Entry}")},line={line},col=\d+\b.*::.*unknown tag 'difusion-models'");
        Assert.True(run.StdoutLines.Any(pattern.IsMatch), $"no line of stdout matches {pattern}\n{run}");
        // The sample has an entry without authors: its warning is shown beside the error, not hidden by it.
        Assert.Contains(run.StdoutLines, l => l.StartsWith("::warning file=", StringComparison.Ordinal) && l.Contains("title=PD0116::", StringComparison.Ordinal));
        Assert.DoesNotContain(run.StderrLines, l => l.Contains(": error PD", StringComparison.Ordinal) || l.StartsWith("::", StringComparison.Ordinal));
        run.AssertNoStackTrace();
        Assert.Equal(["in"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }
}
