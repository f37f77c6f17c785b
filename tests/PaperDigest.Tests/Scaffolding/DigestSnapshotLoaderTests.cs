using PaperDigest.Scaffolding;

namespace PaperDigest.Tests.Scaffolding;

/// <summary>What <c>new</c> and <c>import</c> know of the digest before writing: settings, tags and every entry's identifiers.</summary>
public sealed class DigestSnapshotLoaderTests
{
    [Fact]
    public void The_sample_digest_is_known_by_slug_arxiv_id_and_doi()
    {
        var (snapshot, diagnostics) = DigestSnapshotLoader.Load(RepoPaths.Input);

        Assert.DoesNotContain(diagnostics, d => d.IsError);
        Assert.NotNull(snapshot);
        Assert.True(snapshot.Papers.Count >= 18);
        Assert.True(snapshot.Tags.Contains("diffusion-models"));
        Assert.Equal("Europe/Berlin", snapshot.Site.TimeZone.Id);

        var byArxiv = snapshot.Papers.Find("anything", "2309.05153v7", null);
        Assert.Equal("arXiv id", byArxiv!.What);
        Assert.EndsWith("papers/2025/2309.05153.md", byArxiv.Existing.DisplayPath, StringComparison.Ordinal);

        var byDoi = snapshot.Papers.Find("anything", null, "10.1103/physreve.108.014309");
        Assert.Equal("DOI", byDoi!.What);
        Assert.EndsWith("papers/2025/2212.02846.md", byDoi.Existing.DisplayPath, StringComparison.Ordinal);

        Assert.Equal("slug", snapshot.Papers.Find("potential-contribution-of-young-pulsar-wind-nebulae-to", null, null)!.What);
        var byTitle = snapshot.Papers.Find("scalable-bayesian", null, "10.1021/acs.jctc.2c01267", "Scalable Bayesian uncertainty quantification for neural network potentials -- promise and pitfalls");
        Assert.Equal("title", byTitle!.What);
        Assert.EndsWith("papers/2025/2212.07959.md", byTitle.Existing.DisplayPath, StringComparison.Ordinal);

        Assert.Null(snapshot.Papers.Find("a-new-paper", "2501.00001", "10.1000/new", "A New Paper"));
    }

    [Fact]
    public void An_entry_with_errors_still_counts_for_duplicates()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepoPaths.Input, "in");
        File.WriteAllText(Path.Combine(input, "papers", "2025", "half-written.md"),
            "---\ntitle: \"Half written\"\narxiv: \"2501.00001v2\"\ndoi: https://doi.org/10.1000/Half\ntags: [no-such-tag]\n---\n");

        var (snapshot, _) = DigestSnapshotLoader.Load(input);

        Assert.EndsWith("/in/papers/2025/half-written.md", snapshot!.Papers.Find("x", "2501.00001", null)!.Existing.DisplayPath, StringComparison.Ordinal);
        Assert.NotNull(snapshot.Papers.Find("x", null, "10.1000/half"));
        Assert.NotNull(snapshot.Papers.Find("2501.00001", null, null));
    }

    [Fact]
    public void Broken_settings_give_their_diagnostics_and_no_snapshot()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepoPaths.Input, "in");
        File.WriteAllText(Path.Combine(input, "tags.yml"), "diffusion-models: [not, a, mapping]\n");

        var (snapshot, diagnostics) = DigestSnapshotLoader.Load(input);

        Assert.Null(snapshot);
        Assert.Contains(diagnostics, d => d.IsError && d.Location.Path.EndsWith("tags.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void Known_papers_add_without_losing_the_first_of_a_duplicate()
    {
        var first = new KnownPaper("a.md", "a", "2309.05153", "10.1/A");
        var second = new KnownPaper("b.md", "b", "2309.05153", "10.1/a");
        var known = KnownPapers.Empty.Add(first).Add(second);

        Assert.Same(first, known.Find("z", "2309.05153v2", null)!.Existing);
        Assert.Same(first, known.Find("z", null, "10.1/A")!.Existing);
        Assert.Same(second, known.Find("b", null, null)!.Existing);
        Assert.Equal("arXiv id 2309.05153 is already in the digest: a.md", known.Find("b", "2309.05153", null)!.Message);
        Assert.Null(KnownPapers.Empty.Find("a", "2309.05153", "10.1/A"));
    }
}
