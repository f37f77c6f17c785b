using PaperDigest.Scaffolding;

namespace PaperDigest.Tests.Scaffolding;

/// <summary>What would be written, checked against the digest and read back as the build reads it, before anything touches the disk.</summary>
public sealed class EntryPlannerTests
{
    private static readonly DigestSnapshot Sample = DigestSnapshotLoader.Load(RepoPaths.Input).Snapshot!;

    [Fact]
    public void A_new_paper_is_ready_with_its_path_and_text()
    {
        var entry = new NewEntry("A New Paper", ["Ada Lovelace"], new DateOnly(2025, 5, 20), ["active-matter"], Arxiv: "2501.00001v2");

        var plan = EntryPlanner.Plan(entry, Sample, Sample.Papers);

        Assert.True(plan.IsReady, string.Join("; ", plan.Problems));
        Assert.Equal("papers/2025/2501.00001.md", plan.RelativePath);
        Assert.EndsWith("/input/papers/2025/2501.00001.md", plan.DisplayPath, StringComparison.Ordinal);
        Assert.Equal(EntryWriter.Write(entry), plan.Text);
        Assert.Equal(new KnownPaper(plan.DisplayPath, "2501.00001", "2501.00001", null, "A New Paper"), plan.Known);
    }

    [Fact]
    public void A_paper_the_digest_has_is_a_duplicate()
    {
        var entry = new NewEntry("Anything", [], new DateOnly(2025, 5, 20), ["active-matter"], Doi: "10.1007/S10955-022-02966-8");

        var plan = EntryPlanner.Plan(entry, Sample, Sample.Papers);

        Assert.False(plan.IsReady);
        Assert.Equal("DOI", plan.Duplicate!.What);
        Assert.EndsWith("papers/2025/2111.12997.md", plan.Duplicate.Existing.DisplayPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_the_build_would_refuse_is_not_ready_and_says_why()
    {
        var entry = new NewEntry(new string('x', 501), ["Ada Lovelace", "Ada Lovelace"], new DateOnly(2025, 5, 20), ["no-such-tag"]);

        var plan = EntryPlanner.Plan(entry, Sample, Sample.Papers);

        Assert.False(plan.IsReady);
        Assert.Contains("'title' is 501 characters long; at most 500 are allowed", plan.Problems);
        Assert.DoesNotContain(plan.Problems, p => p.Contains("Ada Lovelace", StringComparison.Ordinal));
        Assert.Contains(plan.Problems, p => p.StartsWith("unknown tag 'no-such-tag'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_future_day_is_the_editors_call()
    {
        var entry = new NewEntry("Scheduled", [], new DateOnly(2999, 1, 1), ["active-matter"]);
        Assert.True(EntryPlanner.Plan(entry, Sample, Sample.Papers).IsReady);
    }

    [Fact]
    public void Written_files_never_replace_existing_ones()
    {
        using var temp = new TempFolder();
        var entry = new NewEntry("Twice", [], new DateOnly(2025, 5, 20), ["active-matter"]);
        var plan = EntryPlanner.Plan(entry, Sample with { InputRoot = temp.Path }, KnownPapers.Empty);

        Assert.Null(EntryFiles.Create(temp.Path, plan));
        File.WriteAllText(temp.Combine("papers", "2025", "twice.md"), "edited by hand");
        Assert.Equal($"{plan.DisplayPath} already exists; it was not overwritten", EntryFiles.Create(temp.Path, plan));
        Assert.Equal("edited by hand", File.ReadAllText(temp.Combine("papers", "2025", "twice.md")));
    }
}
