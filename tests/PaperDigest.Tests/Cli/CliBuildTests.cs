using System.Text.RegularExpressions;
using PaperDigest.Building;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Cli;

/// <summary><c>paperdigest build</c> as editors and CI run it.</summary>
public sealed class CliBuildTests
{
    private const string Entry = "papers/2025/2309.05153.md";

    [Fact]
    public void Building_the_sample_exits_0_and_prints_one_summary_line()
    {
        using var temp = new TempFolder();
        var run = PaperDigestProcess.Run(temp.Path, "build", "--input", RepoPaths.Input, "--theme", RepoPaths.Theme, "--output", "out");

        run.AssertExit(0);
        var summary = Assert.Single(run.StdoutLines);
        Assert.Contains("papers", summary, StringComparison.Ordinal);
        Assert.Contains("pages", summary, StringComparison.Ordinal);
        Assert.Contains("18 papers", summary, StringComparison.Ordinal);
        run.AssertNoStackTrace();
        Assert.DoesNotContain(run.StderrLines, l => l.Contains(": error ", StringComparison.Ordinal));
        Assert.True(File.Exists(temp.Combine("out", "index.html")));
        Assert.True(File.Exists(temp.Combine("out", "papers", "2309.05153", "index.html")));
    }

    [Fact]
    public void Timings_tell_the_files_and_related_lists_a_rebuild_made_again()
    {
        using var temp = new TempFolder();
        string[] build = ["build", "--input", RepoPaths.Input, "--theme", RepoPaths.Theme, "--output", "out", "--timings"];

        var first = PaperDigestProcess.Run(temp.Path, build);
        var again = PaperDigestProcess.Run(temp.Path, build);

        first.AssertExit(0);
        again.AssertExit(0);
        Assert.Contains("Related papers searched again: 18 of 18 (the others kept or rescored).", first.StderrLines);
        Assert.Contains("Related papers searched again: 0 of 18 (the others kept or rescored).", again.StderrLines);
        Assert.Contains(again.StderrLines, l => l.StartsWith("Files made: 0 of ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misspelt_tag_exits_1_with_a_file_line_col_diagnostic_and_keeps_the_previous_output()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepoPaths.Input, "in");
        var output = temp.Combine("out");
        var previous = SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, output) { MadeFiles = SharedImages.Memo });
        Assert.True(previous.Succeeded);
        var before = FolderSnapshot.Take(output);

        AtomicOutputTests.Misspell(Path.Combine(input, Entry), "diffusion-models", "difusion-models");
        var lines = File.ReadAllLines(Path.Combine(input, Entry));
        var line = Array.FindIndex(lines, l => l.Contains("difusion-models", StringComparison.Ordinal)) + 1;
        var column = lines[line - 1].IndexOf("difusion-models", StringComparison.Ordinal) + 1;

        var run = PaperDigestProcess.Run(temp.Path, "build", "--input", "in", "--theme", RepoPaths.Theme, "--output", "out");

        run.AssertExit(1);
        var pattern = new Regex($@"^{Regex.Escape($"in/{Entry}")}:{line}:\d+: error PD0103: unknown tag 'difusion-models' \(did you mean 'diffusion-models'\?\)");
        var diagnostic = run.StderrLines.FirstOrDefault(pattern.IsMatch);
        Assert.True(diagnostic is not null, $"no line matches {pattern}\n{run}");
        Assert.StartsWith($"in/{Entry}:{line}:{column}: ", diagnostic, StringComparison.Ordinal);
        Assert.Single(run.StderrLines, l => l.Contains(": error ", StringComparison.Ordinal));
        run.AssertNoStackTrace();
        Assert.Empty(run.StdoutLines);
        FolderSnapshot.AssertIdentical(before, FolderSnapshot.Take(output), "the previous output after a failed build");
    }
}
