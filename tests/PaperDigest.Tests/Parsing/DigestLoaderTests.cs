using PaperDigest.Building;
using PaperDigest.Diagnostics;

namespace PaperDigest.Tests.Parsing;

public sealed class DigestLoaderTests
{
    private const string SiteYml = "title: Test Digest\nbase_url: https://example.org/\ntimezone: UTC\n";
    private const string TagsYml = "active-matter:\n  name: Active Matter\ntransformers:\n  name: Transformers\n";

    private static readonly DateOnly Today = new(2025, 6, 1);

    [Fact]
    public void The_sample_digest_loads_without_errors()
    {
        var (content, diagnostics) = DigestLoader.Load(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, "unused", Today: Today));

        Assert.DoesNotContain(diagnostics, d => d.IsError);
        Assert.NotNull(content);
        Assert.Equal(18, content.Papers.Length);
    }

    [Fact]
    public void Every_problem_of_every_file_is_reported_in_one_run()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        Write(input, "papers/2025/bad-date.md", Entry("Bad date", "date: 2025-02-30"));
        Write(input, "papers/2025/no-title.md", "---\nauthors: [A]\ndate: 2025-03-11\ntags: [active-matter]\n---\nBody.\n");
        Write(input, "papers/2025/binary.md", "---\ntitle: \0\n---\n");
        Write(input, "pages/tags.md", "---\ntitle: Tags\n---\nA page that takes a site path.\n");

        var (content, diagnostics) = DigestLoader.Load(new BuildOptions(input, RepoPaths.Theme, temp.Combine("output"), Today: Today));

        Assert.Null(content);
        var found = diagnostics.Select(d => (Path.GetFileName(d.Location.Path), d.Code)).ToHashSet();
        Assert.Contains(("site.yml", DiagnosticCodes.MissingInput), found);
        Assert.Contains(("tags.yml", DiagnosticCodes.MissingInput), found);
        Assert.Contains(("bad-date.md", DiagnosticCodes.InvalidDate), found);
        Assert.Contains(("no-title.md", DiagnosticCodes.MissingKey), found);
        Assert.Contains(("binary.md", DiagnosticCodes.BinaryFile), found);
        Assert.Contains(("tags.md", DiagnosticCodes.PageNameReserved), found);

        // Without a registry every tag would look unknown; tags.yml's own diagnostic says why instead.
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.UnknownTag);
        Assert.Equal(DiagnosticOrder.Sort(diagnostics), diagnostics);
    }

    [Fact]
    public void Diagnostics_name_files_by_the_input_folder_and_path_inside_it()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        WriteConfig(input);
        Write(input, "papers/2025/x.md", Entry("X", "tags: [difusion]"));

        var (_, diagnostics) = DigestLoader.Load(new BuildOptions(input, RepoPaths.Theme, temp.Combine("output"), Today: Today));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(input.Replace('\\', '/') + "/papers/2025/x.md", diagnostic.Location.Path);
    }

    [Fact]
    public void Bad_configuration_and_bad_entries_are_reported_together_and_nothing_is_loaded()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        Write(input, "site.yml", "title: Test\nbase_url: ftp://example.org/\n");
        Write(input, "tags.yml", "Active Matter:\n  name: Active Matter\n");
        Write(input, "papers/2025/a.md", Entry("A", "slug: A..B"));
        Write(input, "papers/2025/b.md", Entry("B", "featured: yes"));

        var (content, diagnostics) = DigestLoader.Load(new BuildOptions(input, RepoPaths.Theme, temp.Combine("output"), Today: Today));

        Assert.Null(content);
        Assert.Equal(
            [
                ("a.md", DiagnosticCodes.InvalidSlug),
                ("b.md", DiagnosticCodes.WrongType),
                ("site.yml", DiagnosticCodes.SiteConfigInvalid),
                ("tags.yml", DiagnosticCodes.TagRegistryInvalid),
            ],
            diagnostics.Select(d => (Path.GetFileName(d.Location.Path), d.Code)));
    }

    [Fact]
    public void Duplicates_across_entries_are_reported_by_the_loader()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        WriteConfig(input);
        Write(input, "papers/2024/a.md", Entry("A", "arxiv: \"2309.05153\""));
        Write(input, "papers/2025/a.md", Entry("Another A", "arxiv: \"2309.05153v3\""));

        var (content, diagnostics) = DigestLoader.Load(new BuildOptions(input, RepoPaths.Theme, temp.Combine("output"), Today: Today));

        Assert.Null(content);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.DuplicateArxivId && d.Location.Path.EndsWith("2025/a.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_draft_is_left_out_unless_drafts_are_included()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        WriteConfig(input);
        Write(input, "papers/2025/published.md", Entry("Published"));
        Write(input, "papers/2025/draft.md", Entry("Work in progress", "draft: true"));

        var (without, withoutDiagnostics) = DigestLoader.Load(new BuildOptions(input, RepoPaths.Theme, temp.Combine("output"), Today: Today));
        var (with, withDiagnostics) = DigestLoader.Load(new BuildOptions(input, RepoPaths.Theme, temp.Combine("output"), IncludeDrafts: true, Today: Today));

        Assert.Empty(withoutDiagnostics);
        Assert.Empty(withDiagnostics);
        Assert.Equal(["published"], without!.Papers.Select(p => p.Slug));
        Assert.Equal(["work-in-progress", "published"], with!.Papers.Select(p => p.Slug).OrderDescending(StringComparer.Ordinal));
    }

    [Fact]
    public void A_future_entry_is_scheduled_left_out_with_a_warning_and_shown_when_previewing_with_drafts()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        WriteConfig(input);
        Write(input, "papers/2025/next-week.md", Entry("Next week", "date: 2025-06-08"));

        var (without, withoutDiagnostics) = DigestLoader.Load(new BuildOptions(input, RepoPaths.Theme, temp.Combine("output"), Today: Today));
        var (with, withDiagnostics) = DigestLoader.Load(new BuildOptions(input, RepoPaths.Theme, temp.Combine("output"), IncludeDrafts: true, Today: Today));

        Assert.NotNull(without);
        Assert.Empty(without.Papers);
        var warning = Assert.Single(withoutDiagnostics);
        Assert.Equal(DiagnosticCodes.FutureDate, warning.Code);
        Assert.False(warning.IsError);
        Assert.Empty(withDiagnostics);
        Assert.True(Assert.Single(with!.Papers).Scheduled);
    }

    [Fact]
    public void A_future_dated_draft_does_not_block_a_build_that_leaves_drafts_out()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        WriteConfig(input);
        Write(input, "papers/2025/published.md", Entry("Published"));
        Write(input, "papers/2025/scheduled.md", Entry("Scheduled", "date: 2025-06-08", "draft: true"));

        var (content, diagnostics) = DigestLoader.Load(new BuildOptions(input, RepoPaths.Theme, temp.Combine("output"), Today: Today));

        Assert.Empty(diagnostics);
        Assert.Equal(["published"], content!.Papers.Select(p => p.Slug));
    }

    [Fact]
    public void An_entry_too_large_to_be_a_write_up_is_refused_by_size()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        WriteConfig(input);
        Write(input, "papers/2025/huge.md", Entry("Huge") + new string('x', 2 * 1024 * 1024));

        var (content, diagnostics) = DigestLoader.Load(new BuildOptions(input, RepoPaths.Theme, temp.Combine("output"), Today: Today));

        Assert.Null(content);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FileTooLarge, diagnostic.Code);
        Assert.Equal(1, diagnostic.Location.Line);
    }

    private static string Entry(string title, params string[] extra)
    {
        // Keys given in extra replace the defaults, so an entry can change its date or tags.
        var lines = new List<string> { $"title: \"{title}\"", "authors: [Ada Lovelace]", "date: 2025-03-11", "tags: [active-matter]" };
        foreach (var line in extra)
        {
            var key = line[..(line.IndexOf(':', StringComparison.Ordinal) + 1)];
            lines.RemoveAll(l => l.StartsWith(key, StringComparison.Ordinal));
            lines.Add(line);
        }

        return "---\n" + string.Join("\n", lines) + "\n---\nA short write-up.\n";
    }

    private static void WriteConfig(string input)
    {
        Write(input, "site.yml", SiteYml);
        Write(input, "tags.yml", TagsYml);
    }

    private static void Write(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
