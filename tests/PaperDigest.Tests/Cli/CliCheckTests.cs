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

    [Fact]
    public void Check_counts_the_entries_whose_venue_kind_is_unknown_in_its_summary_line()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepoPaths.Input, "in");
        Replace(Path.Combine(input, "papers/2025/2409.01322.md"), "venue: ECCV 2024", "venue: Matter Meetings (2024)");
        Replace(Path.Combine(input, "papers/2025/2408.00336.md"), "  kind: journal\n", "");

        var run = PaperDigestProcess.Run(temp.Path, "check", "--input", "in");

        run.AssertExit(0);
        var summary = Assert.Single(run.StdoutLines, l => l.StartsWith("Checked ", StringComparison.Ordinal));
        Assert.Contains("; 2 entries with a venue of unknown kind", summary, StringComparison.Ordinal);
        // One line in all, not a warning per entry.
        Assert.DoesNotContain(run.StderrLines, l => l.Contains("venue", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Check_counts_entries_addressed_by_title_and_after_a_build_warns_when_one_gains_an_arxiv_id()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepoPaths.Input, "in");
        var entry = Path.Combine(input, "papers", "2025", "early.md");
        const string Head = "---\ntitle: Seen Before Its Preprint\nauthors: [Ada Lovelace]\ndate: 2025-03-08\ntags: [diffusion-models]\n";
        File.WriteAllText(entry, Head + "---\nA note written before the preprint was out.\n");

        var check = PaperDigestProcess.Run(temp.Path, "check", "--input", "in");
        check.AssertExit(0);
        var summary = Assert.Single(check.StdoutLines, l => l.StartsWith("Checked ", StringComparison.Ordinal));
        Assert.Contains("; 1 entry without 'slug' or 'arxiv', whose address follows the title", summary, StringComparison.Ordinal);

        // check reads where the last build (into output/, the default) published each paper from its cache.
        PaperDigestProcess.Run(temp.Path, "build", "--input", "in", "--theme", RepoPaths.Theme, "--output", "output").AssertExit(0);
        File.WriteAllText(entry, Head + "arxiv: \"2501.01234\"\n---\nA note written before the preprint was out.\n");
        check = PaperDigestProcess.Run(temp.Path, "check", "--input", "in");
        check.AssertExit(0);
        var warning = Assert.Single(check.StderrLines, l => l.Contains("PD0127", StringComparison.Ordinal));
        Assert.StartsWith("in/papers/2025/early.md:6:8: warning PD0127: the paper's address moves from /papers/seen-before-its-preprint/ to /papers/2501.01234/", warning, StringComparison.Ordinal);
        Assert.Contains("add 'slug: seen-before-its-preprint' to keep both", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_has_no_venue_of_unknown_kind()
    {
        using var temp = new TempFolder();
        temp.CopyFrom(RepoPaths.Input, "in");
        var run = PaperDigestProcess.Run(temp.Path, "check", "--input", "in");
        run.AssertExit(0);
        Assert.DoesNotContain(run.StdoutLines, l => l.Contains("unknown kind", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_venue_kind_and_a_malformed_updated_date_are_errors_at_their_lines_with_exit_1()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepoPaths.Input, "in");
        var entry = Path.Combine(input, "papers/2025/2304.11042.md");
        Replace(entry, "  kind: journal\n", "  kind: jounral\n");
        Replace(entry, "published: 2023-04-20\n", "published: 2023-04-20\nupdated: 2023-04-31\n");
        var lines = File.ReadAllLines(entry);
        var kindLine = Array.FindIndex(lines, l => l.Contains("jounral", StringComparison.Ordinal)) + 1;
        var updatedLine = Array.FindIndex(lines, l => l.StartsWith("updated:", StringComparison.Ordinal)) + 1;

        var run = PaperDigestProcess.Run(temp.Path, "check", "--input", "in");

        run.AssertExit(1);
        run.AssertNoStackTrace();
        Assert.Contains(run.StderrLines, l => l.StartsWith($"in/papers/2025/2304.11042.md:{kindLine}:9: error PD0810: unknown venue kind 'jounral' (did you mean 'journal'?)", StringComparison.Ordinal));
        Assert.Contains(run.StderrLines, l => l.StartsWith($"in/papers/2025/2304.11042.md:{updatedLine}:10: error PD0104: 'updated' is 2023-04-31", StringComparison.Ordinal));
    }

    private static void Replace(string path, string old, string replacement)
    {
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.Contains(old, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(old, replacement, StringComparison.Ordinal));
    }
}
