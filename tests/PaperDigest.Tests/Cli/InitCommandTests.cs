using PaperDigest.Tests.Browser;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Cli;

/// <summary><c>paperdigest init</c> as an editor starting a new digest repository runs it.</summary>
public sealed class InitCommandTests
{
    private static readonly string[] Written =
    [
        "input/site.yml", "input/tags.yml", "input/pages/about.md", ".gitignore", "netlify.toml",
        "deploy/netlify-build.sh", ".github/workflows/digest.yml",
    ];

    [Fact]
    public void Init_in_an_empty_folder_writes_a_digest_that_builds_and_checks_there_with_no_options()
    {
        using var temp = new TempFolder();

        var init = PaperDigestProcess.Run(temp.Path, "init");

        init.AssertExit(0);
        init.AssertNoStackTrace();
        foreach (var path in Written)
        {
            Assert.True(File.Exists(temp.Combine(path.Split('/'))), $"{path} was not written\n{init}");
            Assert.Contains($"  {path}", init.StdoutLines);
        }

        var entry = Assert.Single(Directory.GetFiles(temp.Combine("input", "papers"), "*.md", SearchOption.AllDirectories));
        Assert.Contains("example", File.ReadAllText(entry), StringComparison.OrdinalIgnoreCase);
        Assert.False(Directory.Exists(temp.Combine("input", "theme")), "a new digest needs no theme folder");
        Assert.DoesNotContain(init.StdoutLines, l => l.TrimStart().StartsWith("cd ", StringComparison.Ordinal));

        var build = PaperDigestProcess.Run(temp.Path, "build");
        build.AssertExit(0);
        Assert.DoesNotContain(build.StderrLines, l => l.Contains(": error ", StringComparison.Ordinal) || l.Contains(": warning ", StringComparison.Ordinal));
        Assert.Contains("1 paper", build.Stdout, StringComparison.Ordinal);
        foreach (var page in new[] { "index.html", "papers/example-entry/index.html", "about/index.html", "feed.xml", "atom.xml", "feed.json", "tags/machine-learning/feed.xml" })
        {
            Assert.True(File.Exists(temp.Combine(["output", .. page.Split('/')])), $"output/{page} is missing\n{build}");
        }

        Assert.Contains("Example Entry", File.ReadAllText(temp.Combine("output", "papers", "example-entry", "index.html")), StringComparison.Ordinal);
        var published = Directory.EnumerateFiles(temp.Combine("output"), "*", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("TODO", StringComparison.Ordinal));
        Assert.Empty(published);

        var check = PaperDigestProcess.Run(temp.Path, "check", "--format", "github");
        check.AssertExit(0);
        // Workflow commands go to standard output: the new digest has nothing to annotate.
        Assert.DoesNotContain(check.StdoutLines, l => l.StartsWith("::", StringComparison.Ordinal));
    }

    [Fact]
    public void Init_names_the_next_steps_and_every_command_it_suggests_exists()
    {
        using var temp = new TempFolder();

        var init = PaperDigestProcess.Run(temp.Path, "init", "my digest");

        init.AssertExit(0);
        Assert.True(File.Exists(temp.Combine("my digest", "input", "site.yml")));
        Assert.Contains("  cd 'my digest'", init.StdoutLines);
        var suggested = init.StdoutLines
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("paperdigest ", StringComparison.Ordinal))
            .Select(l => l.Split(' ')[1])
            .ToList();
        Assert.Contains("serve", suggested);
        Assert.Contains("new", suggested);
        foreach (var command in suggested)
        {
            PaperDigestProcess.Run(temp.Path, command, "--help").AssertExit(0);
        }

        // The suggested 'new' names a tag of the tags.yml init wrote.
        var newLines = init.StdoutLines.Select(l => l.Trim()).Where(l => l.StartsWith("paperdigest new ", StringComparison.Ordinal)).ToList();
        Assert.Contains("paperdigest new 1706.03762", newLines);
        var newLine = Assert.Single(newLines, l => l.Contains("--tags ", StringComparison.Ordinal));
        var tag = newLine[(newLine.IndexOf("--tags ", StringComparison.Ordinal) + "--tags ".Length)..].Split(' ')[0];
        Assert.Contains($"\n{tag}:\n", File.ReadAllText(temp.Combine("my digest", "input", "tags.yml")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_with_something_in_it_is_refused_with_exit_2_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("notes.txt"), "mine");

        var run = PaperDigestProcess.Run(temp.Path, "init");

        run.AssertExit(2);
        run.AssertNoStackTrace();
        Assert.Contains("--force", run.Stderr, StringComparison.Ordinal);
        Assert.Equal([temp.Combine("notes.txt")], Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Force_adds_the_missing_files_and_leaves_existing_ones_byte_identical()
    {
        using var temp = new TempFolder();
        var siteYml = "title: Our own digest\nbase_url: https://digest.example.net/\n"u8.ToArray();
        var netlify = "# our own settings\r\n"u8.ToArray();
        Directory.CreateDirectory(temp.Combine("input"));
        File.WriteAllBytes(temp.Combine("input", "site.yml"), siteYml);
        File.WriteAllBytes(temp.Combine("netlify.toml"), netlify);

        var refused = PaperDigestProcess.Run(temp.Path, "init");
        refused.AssertExit(2);

        var run = PaperDigestProcess.Run(temp.Path, "init", "--force", "--title", "Another title");

        run.AssertExit(0);
        Assert.Equal(siteYml, File.ReadAllBytes(temp.Combine("input", "site.yml")));
        Assert.Equal(netlify, File.ReadAllBytes(temp.Combine("netlify.toml")));
        var leftAlone = run.StdoutLines.SkipWhile(l => !l.StartsWith("Left alone", StringComparison.Ordinal)).ToList();
        Assert.Contains("  input/site.yml", leftAlone);
        Assert.Contains("  netlify.toml", leftAlone);
        foreach (var path in Written.Except(["input/site.yml", "netlify.toml"]))
        {
            Assert.True(File.Exists(temp.Combine(path.Split('/'))), $"{path} was not added\n{run}");
        }

        var before = FolderSnapshot.Take(temp.Path);
        PaperDigestProcess.Run(temp.Path, "init", "--force").AssertExit(0);
        FolderSnapshot.AssertIdentical(before, FolderSnapshot.Take(temp.Path), "a digest init --force ran in twice");
        PaperDigestProcess.Run(temp.Path, "build").AssertExit(0);
    }

    [Fact]
    public void Title_and_base_url_options_land_in_site_yml()
    {
        using var temp = new TempFolder();

        var run = PaperDigestProcess.Run(temp.Path, "init", "--title", "Notes on \"Soft\" Matter", "--base-url", "https://digest.example.net/soft/");

        run.AssertExit(0);
        var site = File.ReadAllText(temp.Combine("input", "site.yml"));
        Assert.Contains("title: \"Notes on \\\"Soft\\\" Matter\"\n", site, StringComparison.Ordinal);
        Assert.Contains("base_url: \"https://digest.example.net/soft/\"\n", site, StringComparison.Ordinal);
        PaperDigestProcess.Run(temp.Path, "build").AssertExit(0);
        var home = File.ReadAllText(temp.Combine("output", "index.html"));
        Assert.Contains("Notes on &quot;Soft&quot; Matter", home, StringComparison.Ordinal);
        Assert.Contains("https://digest.example.net/soft/", home, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--base-url", "ftp://digest.example.net/")]
    [InlineData("--base-url", "digest.example.net")]
    [InlineData("--title", " ")]
    public void An_invalid_option_is_a_usage_error_and_nothing_is_written(string option, string value)
    {
        using var temp = new TempFolder();

        var run = PaperDigestProcess.Run(temp.Path, "init", "digest", option, value);

        run.AssertExit(2);
        run.AssertNoStackTrace();
        Assert.Contains(option, run.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Netlify_and_the_pull_request_workflow_install_the_tool_by_its_package_id_from_the_package_source_setting()
    {
        using var temp = new TempFolder();
        PaperDigestProcess.Run(temp.Path, "init").AssertExit(0);

        var netlify = File.ReadAllText(temp.Combine("netlify.toml"));
        var script = File.ReadAllText(temp.Combine("deploy", "netlify-build.sh"));
        var workflow = File.ReadAllText(temp.Combine(".github", "workflows", "digest.yml"));

        Assert.Contains("bash deploy/netlify-build.sh", netlify, StringComparison.Ordinal);
        Assert.Contains("publish = \"output\"", netlify, StringComparison.Ordinal);
        foreach (var text in new[] { netlify, script, workflow })
        {
            Assert.Contains("PAPERDIGEST_PACKAGE_SOURCE", text, StringComparison.Ordinal);
            Assert.Contains("paperdigest", text, StringComparison.Ordinal);
        }

        foreach (var text in new[] { script, workflow })
        {
            Assert.Contains("dotnet tool install --global paperdigest --add-source \"$", text, StringComparison.Ordinal);
        }

        Assert.Contains("pull_request", workflow, StringComparison.Ordinal);
        Assert.Contains("dotnet-version: \"10.0.x\"", workflow, StringComparison.Ordinal);
        Assert.Contains("run: paperdigest check --format github", workflow, StringComparison.Ordinal);
        Assert.Contains("run: paperdigest build", workflow, StringComparison.Ordinal);
        Assert.Contains("https://api.nuget.org/v3/index.json", workflow, StringComparison.Ordinal);
    }

    [Fact]
    public void No_file_init_writes_contains_TODO()
    {
        using var temp = new TempFolder();
        PaperDigestProcess.Run(temp.Path, "init").AssertExit(0);

        var files = Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories);
        Assert.Equal(Written.Length + 1, files.Length);
        Assert.DoesNotContain(files, f => File.ReadAllText(f).Contains("TODO", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Git_ignores_everything_a_build_leaves_beside_the_digest()
    {
        using var temp = new TempFolder();
        TestTools.Require(TestTools.Git);
        Git(temp.Path, "init", "-q");

        PaperDigestProcess.Run(temp.Path, "init").AssertExit(0);
        PaperDigestProcess.Run(temp.Path, "build").AssertExit(0);

        var untracked = Git(temp.Path, "status", "--porcelain", "--untracked-files=all")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l[3..])
            .Order(StringComparer.Ordinal)
            .ToList();
        var expected = Directory.GetFiles(temp.Combine("input"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(temp.Path, f).Replace('\\', '/'))
            .Concat(Written.Where(p => !p.StartsWith("input/", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, untracked);
    }

    private static string Git(string folder, params string[] arguments)
    {
        var run = ToolProcess.Run("git", folder, TimeSpan.FromSeconds(30), arguments);
        Assert.True(run.ExitCode == 0, $"git {string.Join(' ', arguments)} exited {run.ExitCode}: {run.Stderr}");
        return run.Stdout;
    }
}
