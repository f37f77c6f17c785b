using PaperDigest.Scaffolding;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Cli;

/// <summary><c>paperdigest import</c> on a copy of the sample digest, with the saved files under TestFiles/Scaffolding/.</summary>
public sealed class ImportCommandTests
{
    private static string Copy(TempFolder temp, string name)
    {
        var target = temp.Combine(name);
        File.Copy(Path.Combine(RepoPaths.TestFiles, "Scaffolding", name), target);
        return target;
    }

    /// <summary>A copy of the sample digest in <c>in/</c>, with the saved file <paramref name="file"/> beside it.</summary>
    private static TempFolder Digest(string file)
    {
        var temp = new TempFolder();
        temp.CopyFrom(RepoPaths.Input, "in");
        Copy(temp, file);
        return temp;
    }

    private static CliRun Build(TempFolder temp) =>
        // New entries are drafts until the editor writes them; --drafts previews them as serve does.
        PaperDigestProcess.Run(temp.Path, "build", "--input", "in", "--theme", RepoPaths.Theme, "--output", "out", "--drafts");

    [Fact]
    public void A_bib_file_of_four_papers_writes_three_skips_the_one_already_there_and_builds()
    {
        using var temp = new TempFolder();
        temp.CopyFrom(RepoPaths.Input, "in");
        Copy(temp, "four-papers.bib");

        var run = PaperDigestProcess.Run(temp.Path, "import", "four-papers.bib", "--input", "in", "--tags", "diffusion-models", "--date", "2025-05-20");

        run.AssertExit(0);
        run.AssertNoStackTrace();
        Assert.Equal(
            [
                "skipped 2309.05153: already in the digest as in/papers/2025/2309.05153.md",
                "Wrote in/papers/2025/denoising-diffusion-probabilistic-models.md",
                "Wrote in/papers/2025/2011.13456.md",
                "Wrote in/papers/2025/machine-learning-and-the-physical-sciences.md",
                "Imported 3 papers, skipped 1 (already in the digest), 0 errors",
            ],
            run.StdoutLines.Take(5));
        // Its primaryClass cs.LG is the only arXiv category, and no tag of the sample lists it.
        Assert.Equal(["paperdigest: note: no tag in tags.yml lists these arXiv categories under 'arxiv', so they suggested no tag: cs.LG (2011.13456)"], run.StderrLines);

        var carleo = File.ReadAllText(temp.Combine("in", "papers", "2025", "machine-learning-and-the-physical-sciences.md"));
        Assert.Contains("Leslie Vogt-Maranto, Lenka Zdeborová]\n", carleo, StringComparison.Ordinal);
        Assert.Contains("doi: 10.1103/RevModPhys.91.045002\n", carleo, StringComparison.Ordinal);
        Assert.Contains("venue:\n  name: \"Reviews of Modern Physics\"\n  kind: journal\n  volume: \"91\"\n  issue: \"4\"\n  pages: \"045002\"\n  year: 2019\n", carleo, StringComparison.Ordinal);
        var ddpm = File.ReadAllText(temp.Combine("in", "papers", "2025", "denoising-diffusion-probabilistic-models.md"));
        Assert.Contains("venue:\n  name: \"Advances in Neural Information Processing Systems\"\n  kind: conference\n  volume: \"33\"\n  pages: \"6840–6851\"\n  year: 2020\n", ddpm, StringComparison.Ordinal);
        Assert.Contains("  code: https://github.com/hojonathanho/diffusion\n", ddpm, StringComparison.Ordinal);
        Assert.Contains("authors: [Jonathan Ho, Ajay Jain, Pieter Abbeel]\n", ddpm, StringComparison.Ordinal);
        // Each entry writes the slug it is filed under, so adding an arXiv id to one later does not move its page.
        Assert.Contains("slug: \"denoising-diffusion-probabilistic-models\"\n", ddpm, StringComparison.Ordinal);
        Assert.Contains("slug: \"machine-learning-and-the-physical-sciences\"\n", carleo, StringComparison.Ordinal);
        Assert.Contains("slug: \"2011.13456\"\n", File.ReadAllText(temp.Combine("in", "papers", "2025", "2011.13456.md")), StringComparison.Ordinal);

        var build = Build(temp);
        build.AssertExit(0);
        Assert.Contains("21 papers", build.Stdout, StringComparison.Ordinal);
        foreach (var slug in new[] { "denoising-diffusion-probabilistic-models", "2011.13456", "machine-learning-and-the-physical-sciences" })
        {
            Assert.True(File.Exists(temp.Combine("out", "papers", slug, "index.html")), slug);
        }
    }

    [Fact]
    public void Importing_the_same_file_again_skips_everything_and_writes_nothing()
    {
        using var temp = new TempFolder();
        temp.CopyFrom(RepoPaths.Input, "in");
        Copy(temp, "four-papers.bib");
        PaperDigestProcess.Run(temp.Path, "import", "four-papers.bib", "--input", "in", "--tags", "diffusion-models", "--date", "2025-05-20").AssertExit(0);
        var before = FolderSnapshot.Take(temp.Path);

        var again = PaperDigestProcess.Run(temp.Path, "import", "four-papers.bib", "--input", "in", "--tags", "diffusion-models", "--date", "2025-05-21");

        again.AssertExit(0);
        Assert.Equal(
            [
                "skipped 2309.05153: already in the digest as in/papers/2025/2309.05153.md",
                "skipped ho2020denoising: already in the digest as in/papers/2025/denoising-diffusion-probabilistic-models.md (same title)",
                "skipped 2011.13456: already in the digest as in/papers/2025/2011.13456.md",
                "skipped 10.1103/RevModPhys.91.045002: already in the digest as in/papers/2025/machine-learning-and-the-physical-sciences.md",
                "Imported 0 papers, skipped 4 (already in the digest), 0 errors",
            ],
            again.StdoutLines);
        Assert.Empty(again.StderrLines);
        FolderSnapshot.AssertIdentical(before, FolderSnapshot.Take(temp.Path), "the digest after importing the same file twice");
    }

    [Fact]
    public void An_arxiv_atom_response_writes_entries_that_build()
    {
        using var temp = new TempFolder();
        temp.CopyFrom(RepoPaths.Input, "in");
        Copy(temp, "two-papers.atom");

        var run = PaperDigestProcess.Run(temp.Path, "import", "two-papers.atom", "--input", "in", "--tags", "statistical-physics, diffusion-models", "--date", "2025-05-21");

        run.AssertExit(0);
        Assert.Equal(
            ["Wrote in/papers/2025/1903.10563.md", "Wrote in/papers/2025/2006.11239.md", "Imported 2 papers, skipped 0 (already in the digest), 0 errors"],
            run.StdoutLines.Take(3));
        var text = File.ReadAllText(temp.Combine("in", "papers", "2025", "1903.10563.md"));
        Assert.Equal(
            "---\n"
            + "title: \"Machine learning and the physical sciences\"\n"
            + "authors: [Giuseppe Carleo, Ignacio Cirac, Kyle Cranmer, Laurent Daudet, Maria Schuld, Naftali Tishby, Leslie Vogt-Maranto, Lenka Zdeborová]\n"
            + "date: 2025-05-21\n"
            + "tags: [statistical-physics, diffusion-models]\n"
            + "arxiv: \"1903.10563v2\"\n"
            + "doi: 10.1103/RevModPhys.91.045002\n"
            + "published: 2019-03-25\n"
            + "updated: 2019-12-06\n"
            + "venue:\n  name: \"Rev. Mod. Phys.\"\n  kind: journal\n  volume: \"91\"\n  pages: \"045002\"\n  year: 2019\n"
            + "slug: \"1903.10563\"\n"
            + "draft: true\n"
            + "---\n"
            + EntryWriter.PlaceholderSummary + "\n",
            text);
        Assert.DoesNotContain("STAND-IN ABSTRACT", File.ReadAllText(temp.Combine("in", "papers", "2025", "2006.11239.md")), StringComparison.Ordinal);

        Build(temp).AssertExit(0);
        Assert.True(File.Exists(temp.Combine("out", "papers", "1903.10563", "index.html")));
        Assert.True(File.Exists(temp.Combine("out", "papers", "2006.11239", "index.html")));
    }

    [Fact]
    public void A_broken_entry_is_reported_at_its_line_and_column_and_the_others_are_imported()
    {
        using var temp = new TempFolder();
        temp.CopyFrom(RepoPaths.Input, "in");
        Copy(temp, "one-broken.bib");

        var run = PaperDigestProcess.Run(temp.Path, "import", "one-broken.bib", "--input", "in", "--tags", "active-matter", "--date", "2025-05-20");

        run.AssertExit(1);
        run.AssertNoStackTrace();
        Assert.Equal(
            ["one-broken.bib:10:13: error PD0702: the value of 'title' in @article{broken runs on into 'author = ...': a '}' is missing in it; check its braces"],
            run.StderrLines);
        Assert.Equal(
            [
                "Wrote in/papers/2025/active-brownian-particles-in-a-one-dimensional-channel.md",
                "Wrote in/papers/2025/2401.00001.md",
                "Imported 2 papers, skipped 0 (already in the digest), 1 error",
            ],
            run.StdoutLines.Take(3));
        var good = File.ReadAllText(temp.Combine("in", "papers", "2025", "active-brownian-particles-in-a-one-dimensional-channel.md"));
        Assert.Contains("authors: [Anna Müller, Hartmut Löwen]\n", good, StringComparison.Ordinal);
        Build(temp).AssertExit(0);
    }

    [Fact]
    public void Without_tags_the_entries_are_untagged_drafts_that_check_only_warns_about_until_published()
    {
        using var temp = Digest("four-papers.bib");

        var run = PaperDigestProcess.Run(temp.Path, "import", "four-papers.bib", "--input", "in", "--date", "2025-05-20");

        run.AssertExit(0);
        Assert.Contains(run.StdoutLines, l => l.EndsWith("3 entries have no tags yet: add them from tags.yml before publishing.", StringComparison.Ordinal));
        string[] written = ["denoising-diffusion-probabilistic-models", "2011.13456", "machine-learning-and-the-physical-sciences"];
        foreach (var slug in written)
        {
            WrittenEntry.AssertTags(temp, slug);
        }

        var check = PaperDigestProcess.Run(temp.Path, "check", "--input", "in", "--theme", RepoPaths.Theme);
        check.AssertExit(0);
        var aboutImported = check.StderrLines.Where(l => written.Any(slug => l.StartsWith($"in/papers/2025/{slug}.md:", StringComparison.Ordinal))).ToList();
        Assert.Equal(6, aboutImported.Count);
        Assert.Equal(3, aboutImported.Count(l => l.Contains(": warning PD0125: the draft has no tags yet", StringComparison.Ordinal)));
        Assert.Equal(3, aboutImported.Count(l => l.Contains(": warning PD0119: the draft's summary is still the placeholder", StringComparison.Ordinal)));

        // Published without tags, it is an error.
        var path = temp.Combine("in", "papers", "2025", "2011.13456.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("draft: true\n", "", StringComparison.Ordinal)
            .Replace(EntryWriter.PlaceholderSummary, "Our own words.", StringComparison.Ordinal));
        var published = PaperDigestProcess.Run(temp.Path, "check", "--input", "in", "--theme", RepoPaths.Theme);
        published.AssertExit(1);
        Assert.Contains("in/papers/2025/2011.13456.md:5:7: error PD0106: 'tags' is an empty list; give at least one", published.StderrLines);
    }

    [Fact]
    public void Keywords_that_name_tags_follow_the_given_tags_and_the_others_are_reported_at_their_line()
    {
        using var temp = new TempFolder();
        temp.CopyFrom(RepoPaths.Input, "in");
        File.WriteAllText(temp.Combine("keywords.bib"), """
            @misc{first,
              title         = {An Invented Paper on Swimmers},
              author        = {Example, Ada},
              eprint        = {2501.00011},
              archivePrefix = {arXiv},
              primaryClass  = {cond-mat.stat-mech},
              keywords      = {{Active} Matter; score matching, DIFFUSION MODELS, transformers,
                               diffusion_models, Made-Up Topic}
            }
            @misc{second,
              title    = {A Second Invented Paper},
              author   = {Sample, Sam},
              keywords = {Machine-learning potentials}
            }
            """);

        var run = PaperDigestProcess.Run(temp.Path, "import", "keywords.bib", "--input", "in", "--tags", "transformers", "--date", "2025-05-20");

        run.AssertExit(0);
        run.AssertNoStackTrace();
        // --tags first, then the keywords' tags in the file's order, then the tag of the arXiv category; each once.
        WrittenEntry.AssertTags(temp, "2501.00011", "transformers", "active-matter", "diffusion-models", "statistical-physics");
        WrittenEntry.AssertTags(temp, "a-second-invented-paper", "transformers", "machine-learning-potentials");
        Assert.Equal(
            ["keywords.bib:7:3: warning PD0724: 2501.00011: the keywords 'score matching', 'Made-Up Topic' match no tag in tags.yml and were left out; a keyword becomes a tag when it is a tag's slug or name"],
            run.StderrLines);
        Assert.DoesNotContain("made-up", File.ReadAllText(temp.Combine("in", "tags.yml")), StringComparison.OrdinalIgnoreCase);
        PaperDigestProcess.Run(temp.Path, "check", "--input", "in", "--theme", RepoPaths.Theme).AssertExit(0);
    }

    [Fact]
    public void An_arxiv_atom_response_takes_the_tags_its_categories_stand_for()
    {
        using var temp = Digest("two-papers.atom");

        var run = PaperDigestProcess.Run(temp.Path, "import", "two-papers.atom", "--input", "in", "--date", "2025-05-21");

        run.AssertExit(0);
        // The sample maps cond-mat.dis-nn (a cross-list of 1903.10563) to statistical-physics, and none of the others.
        WrittenEntry.AssertTags(temp, "1903.10563", "statistical-physics");
        WrittenEntry.AssertTags(temp, "2006.11239");
        Assert.Equal(
            ["paperdigest: note: no tag in tags.yml lists these arXiv categories under 'arxiv', so they suggested no tag: physics.comp-ph (1903.10563), cs.LG (1903.10563, 2006.11239), stat.ML (2006.11239)"],
            run.StderrLines);
    }

    [Fact]
    public void An_unknown_tag_writes_nothing()
    {
        using var temp = new TempFolder();
        temp.CopyFrom(RepoPaths.Input, "in");
        Copy(temp, "four-papers.bib");
        var before = FolderSnapshot.Take(temp.Path);

        var run = PaperDigestProcess.Run(temp.Path, "import", "four-papers.bib", "--input", "in", "--tags", "difusion");

        run.AssertExit(1);
        Assert.Contains("paperdigest: unknown tag 'difusion' (did you mean 'diffusion-models'?); tags must be listed in tags.yml", run.StderrLines);
        FolderSnapshot.AssertIdentical(before, FolderSnapshot.Take(temp.Path), "the digest after import with an unknown tag");
    }

    [Fact]
    public void A_missing_file_is_a_usage_error()
    {
        using var temp = new TempFolder();
        temp.CopyFrom(RepoPaths.Input, "in");

        var run = PaperDigestProcess.Run(temp.Path, "import", "nowhere.bib", "--input", "in", "--tags", "active-matter");

        run.AssertExit(2);
        Assert.Contains("paperdigest: cannot read 'nowhere.bib': no such file", run.StderrLines);
    }

    [Fact]
    public void Nothing_is_written_when_site_yml_is_broken()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepoPaths.Input, "in");
        Copy(temp, "four-papers.bib");
        File.WriteAllText(Path.Combine(input, "site.yml"), "title: Broken\nbase_url: not a url\n");
        var before = FolderSnapshot.Take(temp.Path);

        var run = PaperDigestProcess.Run(temp.Path, "import", "four-papers.bib", "--input", "in", "--tags", "active-matter");

        run.AssertExit(1);
        Assert.Contains(run.StderrLines, l => l.StartsWith("in/site.yml:", StringComparison.Ordinal));
        FolderSnapshot.AssertIdentical(before, FolderSnapshot.Take(temp.Path), "the digest after import with a broken site.yml");
    }

    [Fact]
    public void A_paper_the_digest_has_under_its_arxiv_id_is_recognised_by_its_title()
    {
        using var temp = new TempFolder();
        temp.CopyFrom(RepoPaths.Input, "in");
        File.WriteAllText(temp.Combine("zotero.bib"), """
            @article{thaler_scalable_2023,
            	title = {Scalable {Bayesian} {Uncertainty} {Quantification} for {Neural} {Network} {Potentials}: {Promise} and {Pitfalls}},
            	journal = {Journal of Chemical Theory and Computation},
            	author = {Thaler, Stephan and Doehner, Gregor and Zavadlav, Julija},
            	year = {2023},
            	doi = {10.1021/acs.jctc.2c01267},
            }
            """);

        var run = PaperDigestProcess.Run(temp.Path, "import", "zotero.bib", "--input", "in", "--tags", "active-matter");

        run.AssertExit(0);
        Assert.Equal(
            [
                "skipped 10.1021/acs.jctc.2c01267: already in the digest as in/papers/2025/2212.07959.md (same title)",
                "Imported 0 papers, skipped 1 (already in the digest), 0 errors",
            ],
            run.StdoutLines);
    }

    [Fact]
    public void One_paper_listed_twice_in_a_file_is_written_once()
    {
        using var temp = new TempFolder();
        temp.CopyFrom(RepoPaths.Input, "in");
        File.WriteAllText(temp.Combine("twice.bib"),
            "@misc{a, title = {First Copy}, eprint = {2501.00002v1}, archivePrefix = {arXiv}}\n"
            + "@misc{b, title = {Second Copy}, eprint = {2501.00002v2}, archivePrefix = {arXiv}}\n");

        var run = PaperDigestProcess.Run(temp.Path, "import", "twice.bib", "--input", "in", "--tags", "active-matter", "--date", "2025-05-20");

        run.AssertExit(0);
        Assert.Equal(
            [
                "Wrote in/papers/2025/2501.00002.md",
                "skipped 2501.00002: already in the digest as in/papers/2025/2501.00002.md",
                "Imported 1 paper, skipped 1 (already in the digest), 0 errors",
            ],
            run.StdoutLines.Take(3));
    }
}
