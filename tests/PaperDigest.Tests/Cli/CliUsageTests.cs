using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Cli;

/// <summary>Usage mistakes end with exit code 2 and a message, and leave files alone.</summary>
public sealed class CliUsageTests
{
    [Fact]
    public void Help_exits_0_and_lists_the_build_and_check_commands()
    {
        using var temp = new TempFolder();
        var run = PaperDigestProcess.Run(temp.Path, "--help");
        run.AssertExit(0);
        Assert.Contains(run.StdoutLines, l => l.TrimStart().StartsWith("build", StringComparison.Ordinal));
        Assert.Contains(run.StdoutLines, l => l.TrimStart().StartsWith("check", StringComparison.Ordinal));
    }

    [Fact]
    public void No_command_exits_2_with_a_message()
    {
        using var temp = new TempFolder();
        var run = PaperDigestProcess.Run(temp.Path);
        run.AssertExit(2);
        Assert.NotEmpty(run.StderrLines);
        run.AssertNoStackTrace();
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_command_that_groups_others_names_them_when_run_alone()
    {
        using var temp = new TempFolder();
        var run = PaperDigestProcess.Run(temp.Path, "theme");
        run.AssertExit(2);
        var line = Assert.Single(run.StderrLines);
        Assert.Contains("'paperdigest theme list' or 'paperdigest theme eject'", line, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void An_unknown_option_exits_2_with_a_message()
    {
        using var temp = new TempFolder();
        var run = PaperDigestProcess.Run(temp.Path, "build", "--input", RepoPaths.Input, "--no-such-option");
        run.AssertExit(2);
        Assert.Contains("--no-such-option", run.Stderr, StringComparison.Ordinal);
        run.AssertNoStackTrace();
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_missing_input_folder_exits_2_naming_it()
    {
        using var temp = new TempFolder();
        var run = PaperDigestProcess.Run(temp.Path, "build", "--input", "no-such-digest", "--theme", RepoPaths.Theme, "--output", "out");
        run.AssertExit(2);
        Assert.Contains("no-such-digest", run.Stderr, StringComparison.Ordinal);
        run.AssertNoStackTrace();
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Fact]
    public void An_output_folder_holding_files_paperdigest_did_not_write_is_refused_and_left_alone()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("out");
        Directory.CreateDirectory(Path.Combine(output, "notes"));
        File.WriteAllText(Path.Combine(output, "thesis.tex"), "\\documentclass{article}");
        File.WriteAllText(Path.Combine(output, "notes", "todo.txt"), "finish chapter 3");
        var before = FolderSnapshot.Take(output);

        var run = PaperDigestProcess.Run(temp.Path, "build", "--input", RepoPaths.Input, "--theme", RepoPaths.Theme, "--output", "out");

        run.AssertExit(2);
        Assert.Contains("out", run.Stderr, StringComparison.Ordinal);
        run.AssertNoStackTrace();
        FolderSnapshot.AssertIdentical(before, FolderSnapshot.Take(output), "an unrelated folder given as --output");
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }
}
