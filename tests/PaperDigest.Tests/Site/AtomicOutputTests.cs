using PaperDigest.Building;
using PaperDigest.Diagnostics;

namespace PaperDigest.Tests.Site;

/// <summary>
/// The output folder is replaced as a whole or not at all: a failed build leaves the previous site byte for byte,
/// leftovers of a killed build are cleaned up, and nothing is written when the inputs or the theme are wrong.
/// </summary>
public sealed class AtomicOutputTests
{
    [Fact]
    public void A_build_with_a_broken_entry_leaves_the_previous_output_untouched()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        Succeed(RepoPaths.Input, output);
        var before = FolderSnapshot.Take(output);

        var input = temp.CopyFrom(RepoPaths.Input, "input");
        Misspell(Path.Combine(input, "papers", "2025", "2309.05153.md"), "diffusion-models", "difusion-models");
        var result = SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, output) { MadeFiles = SharedImages.Memo });

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Code == DiagnosticCodes.UnknownTag);
        FolderSnapshot.AssertIdentical(before, FolderSnapshot.Take(output), "the output after a failed build");
        AssertNoLeftovers(temp.Path, "site");
    }

    [Fact]
    public void A_successful_build_removes_the_staging_folders_a_killed_build_left_behind()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        Succeed(RepoPaths.Input, output);
        var staging = temp.Combine(".site.pd-staging-4242-deadbeef");
        var retired = temp.Combine(".site.pd-retired-deadbeef");
        var otherSite = temp.Combine(".other.pd-staging-4242-deadbeef");
        foreach (var folder in new[] { staging, retired, otherSite })
        {
            Directory.CreateDirectory(Path.Combine(folder, "papers"));
            File.WriteAllText(Path.Combine(folder, "papers", "half-written.html"), "<p>half");
        }

        Succeed(RepoPaths.Input, output);

        Assert.False(Directory.Exists(staging), "the killed build's staging folder is still there");
        Assert.False(Directory.Exists(retired), "the killed build's retired folder is still there");
        Assert.True(Directory.Exists(otherSite), "a staging folder of another output folder was removed");
        AssertNoLeftovers(temp.Path, "site");
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void A_build_into_a_folder_that_does_not_exist_yet_creates_it()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("not", "yet", "site");
        var result = Succeed(RepoPaths.Input, output);

        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.True(File.Exists(Path.Combine(output, ".paperdigest-output")), "the output folder lacks the marker that lets later builds replace it");
        Assert.Equal(result.Files, FolderSnapshot.Take(output).Files.Count(f => f.Key != ".paperdigest-output"));
        AssertNoLeftovers(temp.Combine("not", "yet"), "site");
    }

    [Fact]
    public void A_template_syntax_error_is_a_diagnostic_naming_the_template_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var theme = temp.CopyFrom(RepoPaths.Theme, "theme");
        var template = Path.Combine(theme, "templates", "paper.sbn-html");
        File.WriteAllText(template, "{{ if paper.featured }}\n" + File.ReadAllText(template));
        var output = temp.Combine("site");

        var result = SiteBuilder.Build(new BuildOptions(RepoPaths.Input, theme, output) { MadeFiles = SharedImages.Memo });

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.TemplateError, error.Code);
        Assert.EndsWith("templates/paper.sbn-html", error.Location.Path, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output), "a build with a broken theme wrote the output folder");
        AssertNoLeftovers(temp.Path, "site");
    }

    [Fact]
    public void A_static_file_that_collides_with_a_generated_file_is_a_PD0600_diagnostic_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        Succeed(RepoPaths.Input, output);
        var before = FolderSnapshot.Take(output);

        var input = temp.CopyFrom(RepoPaths.Input, "input");
        File.WriteAllText(Path.Combine(input, "static", "feed.xml"), "<rss/>");
        var result = SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, output) { MadeFiles = SharedImages.Memo });

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.OutputFailed, error.Code);
        Assert.Contains("feed.xml", error.ToString(), StringComparison.Ordinal);
        FolderSnapshot.AssertIdentical(before, FolderSnapshot.Take(output), "the output after a colliding static file");
        AssertNoLeftovers(temp.Path, "site");
    }

    internal static void Misspell(string file, string tag, string misspelt)
    {
        var lines = File.ReadAllLines(file);
        var index = Array.FindIndex(lines, l => l.StartsWith("tags:", StringComparison.Ordinal) && l.Contains(tag, StringComparison.Ordinal));
        Assert.True(index >= 0, $"{file} has no tags line with {tag}");
        lines[index] = lines[index].Replace(tag, misspelt, StringComparison.Ordinal);
        File.WriteAllText(file, string.Join('\n', lines) + "\n");
    }

    private static BuildResult Succeed(string input, string output)
    {
        var result = SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, output) { MadeFiles = SharedImages.Memo });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return result;
    }

    private static void AssertNoLeftovers(string parent, string name)
    {
        // The build cache (.name.pd-cache) is meant to stay; staging and retired folders are not.
        var leftovers = Directory.EnumerateDirectories(parent, $".{name}.pd-*").Select(Path.GetFileName).Where(f => f != $".{name}.pd-cache").ToList();
        Assert.True(leftovers.Count == 0, $"leftover folders beside the output: {string.Join(", ", leftovers)}");
    }
}
