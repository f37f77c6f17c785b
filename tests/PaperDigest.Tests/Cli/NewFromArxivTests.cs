using PaperDigest.Scaffolding;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Cli;

/// <summary>
/// <c>paperdigest new ID...</c> against a stand-in arXiv API on 127.0.0.1 that replays made-up Atom answers
/// (invented papers, authors and ids).
/// </summary>
public sealed class NewFromArxivTests
{
    private const string FeedStart =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:arxiv=\"http://arxiv.org/schemas/atom\">\n"
        + "  <title>arXiv Query</title>\n  <id>http://arxiv.org/api/stub</id>\n";

    private const string FirstPaper = """
          <entry>
            <id>http://arxiv.org/abs/2411.09901v3</id>
            <published>2024-11-14T18:00:00Z</published>
            <updated>2025-02-01T10:00:00Z</updated>
            <title>Folding Paper Cranes
              with Tiny Diffusion Models</title>
            <summary>An invented summary that must not reach the entry.</summary>
            <author><name>Mira Okonkwo</name></author>
            <author><name>Tomas Lindqvist</name></author>
            <author><name>Mira Okonkwo</name></author>
            <arxiv:doi>10.5555/stub.2024.001</arxiv:doi>
            <arxiv:journal_ref>Journal of Made-Up Results 3 (2025) 1-9</arxiv:journal_ref>
          </entry>
        """;

    private const string SecondPaper = """
          <entry>
            <id>http://arxiv.org/abs/2411.09902v1</id>
            <published>2024-11-15T09:30:00Z</published>
            <title>A Second Invented Paper</title>
            <summary>Another invented summary.</summary>
            <author><name>Ana Beltrán</name></author>
          </entry>
        """;

    private const string WithdrawnPaper = """
          <entry>
            <id>http://arxiv.org/abs/2411.09903v2</id>
            <published>2024-11-16T09:30:00Z</published>
            <title>An Invented Paper Its Authors Withdrew</title>
            <summary>Withdrawn.</summary>
            <author><name>Quinn Example</name></author>
            <arxiv:comment>This paper has been withdrawn by the authors</arxiv:comment>
          </entry>
        """;

    /// <summary>A paper whose primary category is listed in the middle of its categories, as a check that it still comes first.</summary>
    private const string CategorisedPaper = """
          <entry>
            <id>http://arxiv.org/abs/2411.09904v1</id>
            <published>2024-11-17T09:30:00Z</published>
            <title>An Invented Paper Filed Under Four Categories</title>
            <summary>Invented.</summary>
            <author><name>Quinn Example</name></author>
            <arxiv:primary_category term="q-bio.NC" scheme="http://arxiv.org/schemas/atom"/>
            <category term="cond-mat.stat-mech" scheme="http://arxiv.org/schemas/atom"/>
            <category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
            <category term="q-bio.NC" scheme="http://arxiv.org/schemas/atom"/>
            <category term="q-bio.BM" scheme="http://arxiv.org/schemas/atom"/>
            <category term="I.2.6" scheme="http://arxiv.org/schemas/atom"/>
          </entry>
        """;

    private static string Feed(params string[] entries) => FeedStart + string.Concat(entries) + "</feed>\n";

    /// <summary>The stub API's address; answers that come are given 30 s, so a loaded test machine never turns them into timeouts.</summary>
    private static Dictionary<string, string> Env(string api, string timeout = "30") =>
        new() { ["PAPERDIGEST_ARXIV_API"] = api, ["PAPERDIGEST_ARXIV_TIMEOUT"] = timeout };

    private static TempFolder Digest()
    {
        var temp = new TempFolder();
        temp.CopyFrom(RepoPaths.Input, "in");
        return temp;
    }

    [Fact]
    public void Two_ids_are_fetched_in_one_request_and_written_as_drafts_that_build_once_published()
    {
        using var temp = Digest();
        using var api = ArxivApiStub.Feed(Feed(FirstPaper, SecondPaper));
        // The option wins over the environment variable, which points at a port nothing listens on.
        var dead = $"http://127.0.0.1:{ArxivApiStub.FreePort()}/api/query";

        var run = PaperDigestProcess.Run(temp.Path, Env(dead), "new", "--input", "in", "--arxiv-api", api.Url,
            "2411.09901", "https://arxiv.org/abs/2411.09902v1", "--tags", "diffusion-models", "--date", "2025-05-20");

        run.AssertExit(0);
        run.AssertNoStackTrace();
        var request = Assert.Single(api.Requests);
        Assert.StartsWith("/api/query?id_list=2411.09901,2411.09902", request.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("PaperDigest/", request.UserAgent, StringComparison.Ordinal);
        Assert.Equal(["Wrote in/papers/2025/2411.09901.md", "Wrote in/papers/2025/2411.09902.md"], run.StdoutLines.Take(2));

        var path = temp.Combine("in", "papers", "2025", "2411.09901.md");
        var text = File.ReadAllText(path);
        Assert.Contains("title: \"Folding Paper Cranes with Tiny Diffusion Models\"\n", text, StringComparison.Ordinal);
        Assert.Contains("authors: [Mira Okonkwo, Tomas Lindqvist, Mira Okonkwo]\n", text, StringComparison.Ordinal);
        // The latest version, which the answer names, so the entry says which version its summary is about.
        Assert.Contains("arxiv: \"2411.09901v3\"\n", text, StringComparison.Ordinal);
        Assert.Contains("published: 2024-11-14\n", text, StringComparison.Ordinal);
        Assert.Contains("doi: 10.5555/stub.2024.001\n", text, StringComparison.Ordinal);
        Assert.Contains("venue:\n  name: \"Journal of Made-Up Results\"\n  kind: journal\n  volume: \"3\"\n  pages: \"1–9\"\n  year: 2025\n", text, StringComparison.Ordinal);
        Assert.Contains("slug: \"2411.09901\"\n", text, StringComparison.Ordinal);
        Assert.Contains("draft: true\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("invented summary", text, StringComparison.OrdinalIgnoreCase);

        File.WriteAllText(path, text.Replace("draft: true\n", "", StringComparison.Ordinal)
            .Replace(EntryWriter.PlaceholderSummary, "Our own sentence about folding cranes.", StringComparison.Ordinal));
        var build = PaperDigestProcess.Run(temp.Path, "build", "--input", "in", "--theme", RepoPaths.Theme, "--output", "out");
        build.AssertExit(0);
        var page = File.ReadAllText(temp.Combine("out", "papers", "2411.09901", "index.html"));
        var first = page.IndexOf("Mira Okonkwo", StringComparison.Ordinal);
        var second = page.IndexOf("Tomas Lindqvist", first + 1, StringComparison.Ordinal);
        var third = page.IndexOf("Mira Okonkwo", second + 1, StringComparison.Ordinal);
        Assert.True(first >= 0 && second > first && third > second, "authors in order, the repeated name kept");
        Assert.False(File.Exists(temp.Combine("out", "papers", "2411.09902", "index.html")), "the other entry is still a draft");
    }

    [Fact]
    public void A_draft_without_tags_is_written_and_check_says_publishing_needs_tags()
    {
        using var temp = Digest();
        using var api = ArxivApiStub.Feed(Feed(SecondPaper));

        var run = PaperDigestProcess.Run(temp.Path, Env(api.Url), "new", "--input", "in", "2411.09902", "--date", "2025-05-20");

        run.AssertExit(0);
        Assert.Contains("tags: []\n", File.ReadAllText(temp.Combine("in", "papers", "2025", "2411.09902.md")), StringComparison.Ordinal);
        var check = PaperDigestProcess.Run(temp.Path, "check", "--input", "in", "--theme", RepoPaths.Theme);
        check.AssertExit(0);
        Assert.Contains("PD0125", check.Stdout + check.Stderr, StringComparison.Ordinal);
        Assert.Contains("publishing it needs at least one tag", check.Stdout + check.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_http_error_names_the_ids_and_writes_nothing()
    {
        using var temp = Digest();
        using var api = new ArxivApiStub(response => ArxivApiStub.Write(response, 503, "busy"));
        var before = FolderSnapshot.Take(temp.Path);

        var run = PaperDigestProcess.Run(temp.Path, Env(api.Url), "new", "--input", "in", "2411.09901", "2411.09902");

        run.AssertExit(1);
        run.AssertNoStackTrace();
        Assert.Contains(run.StderrLines, l => l.Contains("HTTP 503", StringComparison.Ordinal) && l.Contains("2411.09901, 2411.09902", StringComparison.Ordinal));
        Assert.Contains("Nothing was written.", run.StderrLines);
        FolderSnapshot.AssertIdentical(before, FolderSnapshot.Take(temp.Path), "the digest after an HTTP error");
    }

    [Fact]
    public void An_answer_that_never_comes_times_out_and_shows_the_offline_form()
    {
        using var temp = Digest();
        using var api = new ArxivApiStub(_ => Task.Delay(TimeSpan.FromSeconds(20)));
        var before = FolderSnapshot.Take(temp.Path);

        var run = PaperDigestProcess.Run(temp.Path, Env(api.Url, timeout: "1"), "new", "--input", "in", "2411.09901");

        run.AssertExit(1);
        run.AssertNoStackTrace();
        Assert.Contains(run.StderrLines, l => l.Contains("did not answer within 1 s for 2411.09901", StringComparison.Ordinal));
        Assert.Contains(run.StderrLines, l => l.Contains("paperdigest new --title \"...\" --arxiv 2411.09901", StringComparison.Ordinal)
            && l.Contains("paperdigest import saved.atom", StringComparison.Ordinal));
        FolderSnapshot.AssertIdentical(before, FolderSnapshot.Take(temp.Path), "the digest after a timeout");
    }

    [Fact]
    public void No_api_to_reach_says_so_and_shows_the_offline_form()
    {
        using var temp = Digest();
        var before = FolderSnapshot.Take(temp.Path);

        var run = PaperDigestProcess.Run(temp.Path, Env($"http://127.0.0.1:{ArxivApiStub.FreePort()}/api/query"), "new", "--input", "in", "2411.09901");

        run.AssertExit(1);
        run.AssertNoStackTrace();
        Assert.Contains(run.StderrLines, l => l.Contains("cannot reach the arXiv API", StringComparison.Ordinal) && l.Contains("2411.09901", StringComparison.Ordinal));
        Assert.Contains(run.StderrLines, l => l.Contains("paperdigest import saved.atom", StringComparison.Ordinal));
        FolderSnapshot.AssertIdentical(before, FolderSnapshot.Take(temp.Path), "the digest without the arXiv API");
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("withdrawn")]
    [InlineData("malformed")]
    public void A_paper_that_cannot_be_added_means_nothing_is_written(string answer)
    {
        using var temp = Digest();
        var (feed, ids, message) = answer switch
        {
            // arXiv answers an id it does not have with an entry that has no title.
            "unknown" => (Feed(FirstPaper, "<entry><id>http://arxiv.org/abs/2411.09909</id><title></title></entry>"),
                new[] { "2411.09901", "2411.09909" }, "arXiv has no paper 2411.09909"),
            "withdrawn" => (Feed(FirstPaper, WithdrawnPaper), ["2411.09901", "2411.09903"], "arXiv 2411.09903 has been withdrawn"),
            _ => (FeedStart + FirstPaper + "<entry><title>cut off", ["2411.09901"], "answer for 2411.09901 cannot be used: not a well-formed Atom file"),
        };
        using var api = ArxivApiStub.Feed(feed);
        var before = FolderSnapshot.Take(temp.Path);

        var run = PaperDigestProcess.Run(temp.Path, Env(api.Url), ["new", "--input", "in", .. ids, "--tags", "diffusion-models"]);

        run.AssertExit(1);
        run.AssertNoStackTrace();
        Assert.Contains(run.StderrLines, l => l.Contains(message, StringComparison.Ordinal));
        Assert.Contains("Nothing was written.", run.StderrLines);
        FolderSnapshot.AssertIdentical(before, FolderSnapshot.Take(temp.Path), $"the digest after a {answer} answer");
    }

    [Fact]
    public void A_paper_already_in_the_digest_is_refused_before_arxiv_is_asked()
    {
        using var temp = Digest();
        using var api = ArxivApiStub.Feed(Feed(FirstPaper));
        var before = FolderSnapshot.Take(temp.Path);

        var run = PaperDigestProcess.Run(temp.Path, Env(api.Url), "new", "--input", "in", "2411.09901", "https://arxiv.org/abs/2111.12997v2");

        run.AssertExit(1);
        run.AssertNoStackTrace();
        Assert.Contains(run.StderrLines, l => l.Contains("2111.12997", StringComparison.Ordinal) && l.Contains("in/papers/2025/2111.12997.md", StringComparison.Ordinal));
        Assert.Empty(api.Requests);
        FolderSnapshot.AssertIdentical(before, FolderSnapshot.Take(temp.Path), "the digest after a refused new");
    }

    [Fact]
    public void An_invalid_id_is_a_usage_error_before_any_request()
    {
        using var temp = Digest();
        using var api = ArxivApiStub.Feed(Feed(FirstPaper));

        var run = PaperDigestProcess.Run(temp.Path, Env(api.Url), "new", "--input", "in", "2411.09901", "not-an-id");

        run.AssertExit(2);
        Assert.Contains(run.StderrLines, l => l.Contains("'not-an-id' is not an arXiv id", StringComparison.Ordinal));
        Assert.Empty(api.Requests);
    }

    [Fact]
    public void Categories_give_the_tags_tags_yml_maps_them_to_primary_first_after_the_given_tags()
    {
        using var temp = Digest();
        using var api = ArxivApiStub.Feed(Feed(CategorisedPaper, SecondPaper));

        var run = PaperDigestProcess.Run(temp.Path, Env(api.Url), "new", "--input", "in", "2411.09904", "2411.09902",
            "--tags", "transformers,statistical-physics", "--date", "2025-05-20");

        run.AssertExit(0);
        run.AssertNoStackTrace();
        // The sample's tags.yml: q-bio.NC -> brain-inspired-learning, cond-mat.stat-mech -> statistical-physics (given
        // already), q-bio.BM -> bioinformatics; cs.LG is no tag's. I.2.6 is an ACM class, not an arXiv category.
        WrittenEntry.AssertTags(temp, "2411.09904", "transformers", "statistical-physics", "brain-inspired-learning", "bioinformatics");
        WrittenEntry.AssertTags(temp, "2411.09902", "transformers", "statistical-physics");
        Assert.Equal(
            ["paperdigest: note: no tag in tags.yml lists these arXiv categories under 'arxiv', so they suggested no tag: cs.LG (2411.09904)"],
            run.StderrLines);
    }

    [Fact]
    public void Without_tags_the_primary_category_leads_and_a_category_two_tags_list_gives_both()
    {
        using var temp = Digest();
        File.AppendAllText(temp.Combine("in", "tags.yml"), "made-up-learning:\n  name: Made-Up Learning\n  arxiv: [q-bio.nc]\n");
        using var api = ArxivApiStub.Feed(Feed(CategorisedPaper));

        var run = PaperDigestProcess.Run(temp.Path, Env(api.Url), "new", "--input", "in", "2411.09904", "--date", "2025-05-20");

        run.AssertExit(0);
        // Two tags list q-bio.NC (the second without regard to case): both, in tags.yml's order.
        WrittenEntry.AssertTags(temp, "2411.09904", "brain-inspired-learning", "made-up-learning", "statistical-physics", "bioinformatics");
        Assert.Contains(run.StderrLines, l => l.Contains("suggested no tag: cs.LG (2411.09904)", StringComparison.Ordinal));
        Assert.DoesNotContain(run.StdoutLines, l => l.Contains("add its tags", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_arxiv_list_in_tags_yml_is_reported_at_its_line_and_nothing_is_asked_or_written()
    {
        using var temp = Digest();
        File.AppendAllText(temp.Combine("in", "tags.yml"),
            "made-up-learning:\n  name: Made-Up Learning\n  arxiv: [cs.CL, \"cs.LG, stat.ML\", cs.CL]\nother-learning:\n  name: Other\n  arxiv: cs.CL\n");
        var lines = File.ReadAllLines(temp.Combine("in", "tags.yml")).Length;
        using var api = ArxivApiStub.Feed(Feed(CategorisedPaper));
        var before = FolderSnapshot.Take(temp.Path);

        var run = PaperDigestProcess.Run(temp.Path, Env(api.Url), "new", "--input", "in", "2411.09904");

        run.AssertExit(1);
        run.AssertNoStackTrace();
        Assert.Equal(
            [
                $"in/tags.yml:{lines - 3}:18: error PD0302: 'cs.LG, stat.ML' in the arxiv list of tag 'made-up-learning' is not an arXiv category; write one category per item, such as cs.CL, math.PR, hep-th or astro-ph.CO",
                $"in/tags.yml:{lines - 3}:36: error PD0302: the arXiv category 'cs.CL' is listed twice for tag 'made-up-learning'",
                $"in/tags.yml:{lines}:10: error PD0102: 'arxiv' must be a list, such as [a, b], not a single value",
                "Nothing was written: fix site.yml and tags.yml first (3 errors).",
            ],
            run.StderrLines);
        Assert.Empty(api.Requests);
        FolderSnapshot.AssertIdentical(before, FolderSnapshot.Take(temp.Path), "the digest after a bad tags.yml");
    }
}
