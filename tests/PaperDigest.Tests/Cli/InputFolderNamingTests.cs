using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Cli;

/// <summary>
/// The same digest built with its input folder named another way (relative, absolute, from another working directory)
/// or after the whole project folder moved: the build cache still serves, nothing is made again, and messages name files
/// by the input folder as this run was given it.
/// </summary>
public sealed class InputFolderNamingTests
{
    private const string Entry = "papers/2025/2309.05153.md";

    [Fact]
    public void The_input_folder_given_absolutely_or_from_another_working_directory_makes_nothing_again_and_names_files_so()
    {
        using var temp = new TempFolder();
        var project = temp.Combine("project");
        var input = temp.CopyFrom(RepoPaths.Input, Path.Combine("project", "input"));
        var elsewhere = Directory.CreateDirectory(temp.Combine("elsewhere")).FullName;

        var first = Build(project, "input", "output", RepoPaths.Theme);
        var absolute = Build(project, input, "output", RepoPaths.Theme);
        var fromElsewhere = Build(elsewhere, Path.Combine("..", "project", "input"), Path.Combine("..", "project", "output"), RepoPaths.Theme);

        AssertWarningsName(first, "input/papers/");
        foreach (var (run, given) in new[] { (absolute, input), (fromElsewhere, "../project/input") })
        {
            Assert.Contains(run.StderrLines, l => l.StartsWith("Files made: 0 of ", StringComparison.Ordinal));
            Assert.Contains("Entries parsed afresh: 0 of 18 (the others taken from the build cache).", run.StderrLines);
            AssertWarningsName(run, given.Replace('\\', '/') + "/papers/");
        }
    }

    [Fact]
    public void A_project_moved_whole_builds_there_from_its_cache_as_it_would_have_where_it_was()
    {
        using var temp = new TempFolder();
        var before = temp.Combine("before");
        // The same digest left where it is, edited and built the same way: what an unmoved project makes again.
        var unmoved = temp.Combine("unmoved");
        foreach (var project in new[] { before, unmoved })
        {
            temp.CopyFrom(RepoPaths.Input, Path.Combine(project, "input"));
            // A theme folder in the input folder (taken without --theme), with a template no page uses: a theme warning.
            Directory.CreateDirectory(Path.Combine(project, "input", "theme", "templates"));
            File.WriteAllText(Path.Combine(project, "input", "theme", "templates", "extra.sbn-html"), "<p>extra</p>\n");
        }

        Build(before, Path.Combine(before, "input"), Path.Combine(before, "output"), theme: null);
        Build(unmoved, Path.Combine(unmoved, "input"), Path.Combine(unmoved, "output"), theme: null);
        var built = FolderSnapshot.Take(Path.Combine(before, "output"));
        Assert.True(Directory.Exists(Path.Combine(before, ".output.pd-cache")), "the build cache is beside the output folder");
        var after = temp.Combine("after", "project");
        Directory.CreateDirectory(temp.Combine("after"));
        Directory.Move(before, after);

        var moved = Build(after, Path.Combine(after, "input"), Path.Combine(after, "output"), theme: null);

        Assert.Contains(moved.StderrLines, l => l.StartsWith("Files made: 0 of ", StringComparison.Ordinal));
        Assert.Contains("Entries parsed afresh: 0 of 18 (the others taken from the build cache).", moved.StderrLines);
        AssertWarningsName(moved, after.Replace('\\', '/') + "/input/");
        Assert.Contains(moved.StderrLines, l => l.StartsWith(after.Replace('\\', '/') + "/input/theme/templates/extra.sbn-html:1:1: warning PD0504: ", StringComparison.Ordinal));
        FolderSnapshot.AssertIdentical(built, FolderSnapshot.Take(Path.Combine(after, "output")), "the output after building the moved project");

        // An edit after the move: only that entry is parsed again, and only what an unmoved project makes is made.
        Edit(Path.Combine(after, "input", Entry));
        Edit(Path.Combine(unmoved, "input", Entry));
        var edited = Build(after, Path.Combine(after, "input"), Path.Combine(after, "output"), theme: null);
        var editedUnmoved = Build(unmoved, Path.Combine(unmoved, "input"), Path.Combine(unmoved, "output"), theme: null);

        Assert.Contains("Entries parsed afresh: 1 of 18 (the others taken from the build cache).", edited.StderrLines);
        Assert.Equal(Counts(editedUnmoved), Counts(edited));
        Assert.DoesNotContain(edited.StderrLines, l => l.StartsWith("Files made: 0 of ", StringComparison.Ordinal));
    }

    /// <param name="theme">The theme folder, or null for the input folder's <c>theme/</c> over the built-in theme.</param>
    private static CliRun Build(string workingDirectory, string input, string output, string? theme)
    {
        string[] themed = theme is null ? [] : ["--theme", theme];
        var run = PaperDigestProcess.Run(workingDirectory, ["build", "--input", input, .. themed, "--output", output, "--timings"]);
        run.AssertExit(0);
        return run;
    }

    /// <summary>Appends a sentence to an entry's write-up.</summary>
    private static void Edit(string entry) => File.AppendAllText(entry, "\nOne more sentence for the test.\n");

    /// <summary>The lines of <c>--timings</c> that count what the build made again.</summary>
    private static IEnumerable<string> Counts(CliRun run) => run.StderrLines.Where(l =>
        l.StartsWith("Files made: ", StringComparison.Ordinal) || l.StartsWith("Entries parsed afresh: ", StringComparison.Ordinal)
        || l.StartsWith("Related papers searched again: ", StringComparison.Ordinal));

    /// <summary>The sample has a warning; every warning names its file by the input folder as given, then the path inside it.</summary>
    private static void AssertWarningsName(CliRun run, string prefix)
    {
        var warnings = run.StderrLines.Where(l => l.Contains(": warning PD", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(warnings);
        Assert.All(warnings, w => Assert.StartsWith(prefix, w, StringComparison.Ordinal));
    }
}
