using PaperDigest.Scaffolding;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Cli;

/// <summary><c>paperdigest new</c> as an editor runs it on a copy of the sample digest.</summary>
public sealed class NewCommandTests
{
    private static CliRun Build(TempFolder temp) =>
        // New entries are drafts until the editor writes them; --drafts previews them as serve does.
        PaperDigestProcess.Run(temp.Path, "build", "--input", "in", "--theme", RepoPaths.Theme, "--output", "out", "--drafts");

    [Fact]
    public void New_writes_an_entry_that_builds_into_a_page()
    {
        using var temp = new TempFolder();
        temp.CopyFrom(RepoPaths.Input, "in");

        var run = PaperDigestProcess.Run(temp.Path, "new",
            "--input", "in",
            "--title", "Consistency Models: one-step \"generation\" #fast",
            "--arxiv", "2303.01469",
            "--authors", "Yang Song; Prafulla Dhariwal; Mark Chen; Ilya Sutskever",
            "--tags", "diffusion-models,transformers",
            "--date", "2025-05-20",
            "--venue", "ICML 2023",
            "--published", "2023-03-02",
            "--code", "https://github.com/openai/consistency_models");

        run.AssertExit(0);
        run.AssertNoStackTrace();
        Assert.Equal("Wrote in/papers/2025/2303.01469.md", run.StdoutLines[0]);
        var text = File.ReadAllText(temp.Combine("in", "papers", "2025", "2303.01469.md"));
        Assert.StartsWith("---\ntitle: \"Consistency Models: one-step \\\"generation\\\" #fast\"\n", text, StringComparison.Ordinal);
        Assert.Contains("authors: [Yang Song, Prafulla Dhariwal, Mark Chen, Ilya Sutskever]\n", text, StringComparison.Ordinal);
        Assert.Contains("arxiv: \"2303.01469\"\n", text, StringComparison.Ordinal);
        Assert.Contains("  code: https://github.com/openai/consistency_models\n", text, StringComparison.Ordinal);
        // The slug is written out, so the page stays where it is whatever identifiers the entry gains later.
        Assert.Contains("slug: \"2303.01469\"\n", text, StringComparison.Ordinal);
        Assert.EndsWith("---\n" + EntryWriter.PlaceholderSummary + "\n", text, StringComparison.Ordinal);

        var build = Build(temp);
        build.AssertExit(0);
        Assert.Contains("19 papers", build.Stdout, StringComparison.Ordinal);
        var page = File.ReadAllText(temp.Combine("out", "papers", "2303.01469", "index.html"));
        Assert.Contains("Consistency Models: one-step", page, StringComparison.Ordinal);
        Assert.Contains("Prafulla Dhariwal", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_date_the_entry_is_dated_today_in_the_digests_time_zone_and_builds()
    {
        using var temp = new TempFolder();
        temp.CopyFrom(RepoPaths.Input, "in");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).DateTime);

        var run = PaperDigestProcess.Run(temp.Path, "new", "--input", "in", "--title", "A Paper Without an arXiv Id", "--tags", "active-matter");

        run.AssertExit(0);
        var relative = "papers/" + today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/a-paper-without-an-arxiv-id.md";
        Assert.Equal($"Wrote in/{relative}", run.StdoutLines[0]);
        Assert.Contains("date: " + today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "\n", File.ReadAllText(temp.Combine("in", relative)), StringComparison.Ordinal);
        Build(temp).AssertExit(0);
        Assert.True(File.Exists(temp.Combine("out", "papers", "a-paper-without-an-arxiv-id", "index.html")));
    }

    [Theory]
    [InlineData("--arxiv", "2309.05153v3", "arXiv id 2309.05153 is already in the digest: in/papers/2025/2309.05153.md")]
    [InlineData("--doi", "https://doi.org/10.1103/physreve.108.014309", "DOI 10.1103/physreve.108.014309 is already in the digest: in/papers/2025/2212.02846.md")]
    public void A_paper_already_in_the_digest_is_refused_naming_its_file(string option, string value, string message)
    {
        using var temp = new TempFolder();
        temp.CopyFrom(RepoPaths.Input, "in");
        var before = FolderSnapshot.Take(temp.Path);

        var run = PaperDigestProcess.Run(temp.Path, "new", "--input", "in", "--title", "Again", option, value, "--tags", "active-matter", "--date", "2025-05-20");

        run.AssertExit(1);
        Assert.Contains($"paperdigest: {message}", run.StderrLines);
        Assert.Empty(run.StdoutLines);
        run.AssertNoStackTrace();
        FolderSnapshot.AssertIdentical(before, FolderSnapshot.Take(temp.Path), "the digest after a refused new");
    }

    [Fact]
    public void A_title_whose_slug_is_taken_is_refused()
    {
        using var temp = new TempFolder();
        temp.CopyFrom(RepoPaths.Input, "in");

        var run = PaperDigestProcess.Run(temp.Path, "new", "--input", "in", "--title", "Potential contribution of young pulsar wind nebulae to",
            "--tags", "astrophysics", "--date", "2025-05-20");

        run.AssertExit(1);
        Assert.Contains(run.StderrLines, l => l.Contains("slug potential-contribution-of-young-pulsar-wind-nebulae-to is already in the digest: in/papers/2025/potential-contribution-of-young-pulsar-wind-nebulae-to.md", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_tag_exits_1_with_did_you_mean()
    {
        using var temp = new TempFolder();
        temp.CopyFrom(RepoPaths.Input, "in");

        var run = PaperDigestProcess.Run(temp.Path, "new", "--input", "in", "--title", "T", "--tags", "difusion");

        run.AssertExit(1);
        Assert.Contains("paperdigest: unknown tag 'difusion' (did you mean 'diffusion-models'?); tags must be listed in tags.yml", run.StderrLines);
        Assert.False(Directory.Exists(temp.Combine("in", "papers", DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), "t.md")));
    }

    [Fact]
    public void Missing_tags_is_a_usage_error_listing_the_tags()
    {
        using var temp = new TempFolder();
        temp.CopyFrom(RepoPaths.Input, "in");
        var before = FolderSnapshot.Take(temp.Path);

        var run = PaperDigestProcess.Run(temp.Path, "new", "--input", "in", "--title", "T", "--arxiv", "2501.00001");

        run.AssertExit(2);
        Assert.Contains(run.StderrLines, l => l.Contains("--tags is required", StringComparison.Ordinal));
        Assert.Contains(run.StderrLines, l => l.StartsWith("Available tags: active-matter, astrophysics,", StringComparison.Ordinal) && l.Contains("diffusion-models", StringComparison.Ordinal));
        FolderSnapshot.AssertIdentical(before, FolderSnapshot.Take(temp.Path), "the digest after new without tags");
    }

    [Fact]
    public void Missing_title_is_a_usage_error()
    {
        using var temp = new TempFolder();
        temp.CopyFrom(RepoPaths.Input, "in");

        var run = PaperDigestProcess.Run(temp.Path, "new", "--input", "in", "--tags", "active-matter");

        run.AssertExit(2);
        Assert.Contains("--title", run.Stderr, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Bad_values_exit_1_in_the_validators_words()
    {
        using var temp = new TempFolder();
        temp.CopyFrom(RepoPaths.Input, "in");

        var run = PaperDigestProcess.Run(temp.Path, "new", "--input", "in", "--title", "T", "--tags", "active-matter",
            "--arxiv", "2313.00001", "--doi", "11.1/x", "--date", "20-05-2025");

        run.AssertExit(1);
        Assert.Equal(
            [
                "paperdigest: --date must be a date written YYYY-MM-DD, not '20-05-2025'",
                "paperdigest: '2313.00001' is not an arXiv id; write it as 2309.05153 (optionally with a version, 2309.05153v2) or hep-th/9901001",
                "paperdigest: '11.1/x' is not a DOI; a DOI looks like 10.1103/PhysRevE.108.014309",
                "Nothing was written.",
            ],
            run.StderrLines);
    }

    [Fact]
    public void A_broken_tag_registry_stops_new_with_its_diagnostics()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepoPaths.Input, "in");
        File.WriteAllText(Path.Combine(input, "tags.yml"), "active-matter:\n  name: [broken\n");
        var before = FolderSnapshot.Take(temp.Path);

        var run = PaperDigestProcess.Run(temp.Path, "new", "--input", "in", "--title", "T", "--tags", "active-matter");

        run.AssertExit(1);
        Assert.Contains(run.StderrLines, l => l.StartsWith("in/tags.yml:", StringComparison.Ordinal) && l.Contains(": error PD", StringComparison.Ordinal));
        FolderSnapshot.AssertIdentical(before, FolderSnapshot.Take(temp.Path), "the digest after new with a broken tags.yml");
    }

    [Fact]
    public void A_missing_input_folder_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var run = PaperDigestProcess.Run(temp.Path, "new", "--input", "nowhere", "--title", "T", "--tags", "active-matter");
        run.AssertExit(2);
        Assert.Contains("nowhere", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }
}
