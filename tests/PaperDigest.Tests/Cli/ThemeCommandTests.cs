using System.Text;
using PaperDigest.Tests.Site;
using PaperDigest.Theming;

namespace PaperDigest.Tests.Cli;

/// <summary><c>paperdigest theme list</c> and <c>theme eject</c> as a user runs them on a digest with no theme folder yet.</summary>
[RunsLong]
public sealed class ThemeCommandTests
{
    private const string Card = "partials/card.sbn-html";

    [Fact]
    public void List_without_a_theme_folder_shows_every_built_in_file_and_that_the_folder_does_not_exist_yet()
    {
        using var digest = new UnthemedDigest();

        var run = digest.Run("theme", "list", "--input", "in");

        run.AssertExit(0);
        run.AssertNoStackTrace();
        Assert.Empty(run.StderrLines);
        var lines = run.StdoutLines;
        Assert.Equal(BuiltInTheme.Files.Count + 1, lines.Count);
        Assert.Equal(BuiltInTheme.Files.Keys.Order(StringComparer.Ordinal), Files(lines).Order(StringComparer.Ordinal));
        Assert.All(lines.SkipLast(1), l => Assert.EndsWith(" built-in", l, StringComparison.Ordinal));
        Assert.StartsWith("layouts/base.sbn-html ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("README.md ", lines[^2], StringComparison.Ordinal);
        foreach (var file in new[] { "templates/paper.sbn-html", Card, "assets/site.css", "assets/search.js" })
        {
            Assert.Contains(file, Files(lines));
        }

        Assert.Equal("Overrides apply from in/theme/, which does not exist yet: 'paperdigest theme eject FILE' copies a built-in file there to edit.", lines[^1]);
        Assert.False(Directory.Exists(digest.ThemeFolder), "list must not create the theme folder");
    }

    [Fact]
    public void Eject_card_copies_the_built_in_partial_and_list_then_marks_it_overridden()
    {
        using var digest = new UnthemedDigest();

        var eject = digest.Run("theme", "eject", "--input", "in", "card");

        eject.AssertExit(0);
        eject.AssertNoStackTrace();
        Assert.Equal("Wrote in/theme/partials/card.sbn-html", eject.StdoutLines[0]);
        Assert.StartsWith("Next: edit it, then run 'paperdigest build'", eject.StdoutLines[1], StringComparison.Ordinal);
        Assert.Equal(2, eject.StdoutLines.Count);
        Assert.Equal(BuiltInTheme.Files[Card], File.ReadAllBytes(Path.Combine(digest.ThemeFolder, Card)));
        Assert.Equal([Card], FolderSnapshot.Take(digest.ThemeFolder).Files.Keys);

        var list = digest.Run("theme", "list", "--input", "in");

        list.AssertExit(0);
        var card = Assert.Single(list.StdoutLines, l => l.StartsWith(Card + " ", StringComparison.Ordinal));
        Assert.EndsWith(" in/theme/partials/card.sbn-html  (overrides the built-in file)", card, StringComparison.Ordinal);
        Assert.Equal(BuiltInTheme.Files.Count - 1, list.StdoutLines.Count(l => l.EndsWith(" built-in", StringComparison.Ordinal)));
        Assert.Equal("Overrides apply from in/theme/: 1 file overrides the built-in theme.", list.StdoutLines[^1]);
    }

    [Theory]
    [InlineData("partials/card.sbn-html")]
    [InlineData("card.sbn-html")]
    [InlineData("card")]
    [InlineData("Card")]
    [InlineData("./partials/card.sbn-html")]
    public void A_file_is_named_by_its_path_its_name_or_its_name_without_extension(string name)
    {
        using var digest = new UnthemedDigest();

        var run = digest.Run("theme", "eject", "--input", "in", name);

        run.AssertExit(0);
        Assert.Equal([Card], FolderSnapshot.Take(digest.ThemeFolder).Files.Keys);
    }

    [Fact]
    public void Eject_never_overwrites_and_then_writes_none_of_the_files_asked_for()
    {
        using var digest = new UnthemedDigest();
        digest.Run("theme", "eject", "--input", "in", "card").AssertExit(0);
        var card = Path.Combine(digest.ThemeFolder, Card);
        File.AppendAllText(card, "<!-- my change -->\n");
        var before = FolderSnapshot.Take(digest.Root);

        var run = digest.Run("theme", "eject", "--input", "in", "chips", "card", "site.css");

        run.AssertExit(1);
        run.AssertNoStackTrace();
        Assert.Empty(run.StdoutLines);
        Assert.Equal("paperdigest theme eject: in/theme/partials/card.sbn-html already exists", run.StderrLines[0]);
        Assert.Contains("Nothing was written. Pass --force to overwrite it", run.StderrLines[1], StringComparison.Ordinal);
        FolderSnapshot.AssertIdentical(before, FolderSnapshot.Take(digest.Root), "the digest after a refused eject");

        var whole = digest.Run("theme", "eject", "--input", "in");

        whole.AssertExit(1);
        Assert.Contains("paperdigest theme eject: in/theme/partials/card.sbn-html already exists", whole.StderrLines);
        FolderSnapshot.AssertIdentical(before, FolderSnapshot.Take(digest.Root), "the digest after a refused eject of the whole theme");
    }

    [Fact]
    public void Force_overwrites_an_edited_file_with_the_built_in_one()
    {
        using var digest = new UnthemedDigest();
        digest.Run("theme", "eject", "--input", "in", "card").AssertExit(0);
        var card = Path.Combine(digest.ThemeFolder, Card);
        File.AppendAllText(card, "<!-- my change -->\n");

        var run = digest.Run("theme", "eject", "--input", "in", "card", "chips", "--force");

        run.AssertExit(0);
        Assert.Equal(["Replaced in/theme/partials/card.sbn-html", "Wrote in/theme/partials/chips.sbn-html"], run.StdoutLines.Take(2));
        Assert.Equal(BuiltInTheme.Files[Card], File.ReadAllBytes(card));
        Assert.Equal([Card, "partials/chips.sbn-html"], FolderSnapshot.Take(digest.ThemeFolder).Files.Keys);
    }

    [Fact]
    public void Eject_without_a_file_copies_the_whole_theme_which_builds_the_same_site()
    {
        using var digest = new UnthemedDigest();
        var builtIn = digest.Build();

        var run = digest.Run("theme", "eject", "--input", "in");

        run.AssertExit(0);
        Assert.Equal(BuiltInTheme.Files.Count, run.StdoutLines.Count(l => l.StartsWith("Wrote in/theme/", StringComparison.Ordinal)));
        Assert.Contains(run.StdoutLines, l => l.StartsWith("Next: edit them, then run 'paperdigest build'", StringComparison.Ordinal));
        var copied = FolderSnapshot.Take(digest.ThemeFolder);
        Assert.Equal(BuiltInTheme.Files.Keys, copied.Files.Keys);
        Assert.All(BuiltInTheme.Files, file => Assert.Equal(file.Value, copied.Files[file.Key]));
        Assert.All(digest.Run("theme", "list", "--input", "in").StdoutLines.SkipLast(1),
            l => Assert.EndsWith("  (overrides the built-in file)", l, StringComparison.Ordinal));
        FolderSnapshot.AssertIdentical(builtIn, digest.Build(), "the site built with the whole theme ejected");
    }

    [Theory]
    [InlineData("crad", "the built-in theme has no file 'crad' (did you mean 'card'?)")]
    [InlineData("partials/chip.sbn-html", "the built-in theme has no file 'partials/chip.sbn-html' (did you mean 'partials/chips.sbn-html'?)")]
    [InlineData("site.cs", "the built-in theme has no file 'site.cs' (did you mean 'site.css'?)")]
    [InlineData("search", "'search' could be any of assets/search.js, templates/search.sbn-html; name one by its path")]
    public void An_unknown_or_ambiguous_name_is_a_usage_error_and_nothing_is_written(string name, string message)
    {
        using var digest = new UnthemedDigest();

        var run = digest.Run("theme", "eject", "--input", "in", "card", name);

        run.AssertExit(2);
        run.AssertNoStackTrace();
        Assert.Empty(run.StdoutLines);
        Assert.Equal([$"paperdigest theme eject: {message}", "Nothing was written. Run 'paperdigest theme list' to see the theme's files."], run.StderrLines);
        Assert.False(Directory.Exists(digest.ThemeFolder), "a refused eject created the theme folder");
    }

    [Fact]
    public void Files_of_the_folder_that_match_no_built_in_file_are_listed_too()
    {
        using var digest = new UnthemedDigest();
        Directory.CreateDirectory(Path.Combine(digest.ThemeFolder, "partials"));
        Directory.CreateDirectory(Path.Combine(digest.ThemeFolder, "assets", "fonts"));
        File.WriteAllText(Path.Combine(digest.ThemeFolder, "partials", "note.sbn-html"), "<p>{{ title }}</p>\n");
        File.WriteAllText(Path.Combine(digest.ThemeFolder, "assets", "fonts", "serif.woff2"), "font");
        File.WriteAllText(Path.Combine(digest.ThemeFolder, "partials", "card.hbs"), "{{Title}}\n");

        var run = digest.Run("theme", "list", "--input", "in");

        run.AssertExit(0);
        Assert.Equal(BuiltInTheme.Files.Count + 4, run.StdoutLines.Count);
        Assert.Contains(run.StdoutLines, l => l.StartsWith("partials/note.sbn-html ", StringComparison.Ordinal) && l.EndsWith(" in/theme/partials/note.sbn-html  (added)", StringComparison.Ordinal));
        Assert.Contains(run.StdoutLines, l => l.StartsWith("assets/fonts/serif.woff2 ", StringComparison.Ordinal) && l.EndsWith("in/theme/assets/fonts/serif.woff2  (added)", StringComparison.Ordinal));
        Assert.Contains(run.StdoutLines, l => l.StartsWith("partials/card.hbs ", StringComparison.Ordinal) && l.Contains("Handlebars", StringComparison.Ordinal));
        Assert.Equal("Overrides apply from in/theme/: 3 files are not in the built-in theme.", run.StdoutLines[^1]);
    }

    [Fact]
    public void Theme_names_an_explicit_folder_for_eject_list_and_build()
    {
        using var digest = new UnthemedDigest();

        var eject = digest.Run("theme", "eject", "--input", "in", "--theme", "custom", "card");

        eject.AssertExit(0);
        Assert.Equal("Wrote custom/partials/card.sbn-html", eject.StdoutLines[0]);
        Assert.False(Directory.Exists(digest.ThemeFolder), "eject --theme wrote into the default theme folder");
        var list = digest.Run("theme", "list", "--input", "in", "--theme", "custom");
        Assert.Contains(list.StdoutLines, l => l.StartsWith(Card + " ", StringComparison.Ordinal) && l.EndsWith(" custom/partials/card.sbn-html  (overrides the built-in file)", StringComparison.Ordinal));
        Assert.Equal("Overrides apply from custom/: 1 file overrides the built-in theme.", list.StdoutLines[^1]);

        var card = digest.Combine("custom", "partials", "card.sbn-html");
        File.WriteAllText(card, File.ReadAllText(card).Replace("<article class=\"card", "<article class=\"card card-custom", StringComparison.Ordinal));
        Assert.Contains("card-custom", Encoding.UTF8.GetString(digest.Build("--theme", "custom").Files["index.html"]), StringComparison.Ordinal);
        Assert.DoesNotContain("card-custom", Encoding.UTF8.GetString(digest.Build().Files["index.html"]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_theme_folder_that_cannot_be_made_is_named_in_a_message_and_nothing_is_written()
    {
        using var digest = new UnthemedDigest();
        File.WriteAllText(digest.Combine("blocker"), "a file where a folder should be\n");

        var run = digest.Run("theme", "eject", "--input", "in", "--theme", "blocker/theme", "card", "chips");

        run.AssertExit(1);
        run.AssertNoStackTrace();
        Assert.Empty(run.StdoutLines);
        Assert.Equal(["paperdigest theme eject: cannot write to the theme folder 'blocker/theme': 'blocker' is a file, not a folder", "Nothing was written."], run.StderrLines);
    }

    [Fact]
    public void A_missing_input_folder_is_a_usage_error()
    {
        using var digest = new UnthemedDigest();

        foreach (var subcommand in new[] { "list", "eject" })
        {
            var run = digest.Run("theme", subcommand, "--input", "nowhere");

            run.AssertExit(2);
            run.AssertNoStackTrace();
            Assert.StartsWith($"paperdigest theme {subcommand}: input folder 'nowhere' does not exist", Assert.Single(run.StderrLines), StringComparison.Ordinal);
        }
    }

    /// <summary>The theme files a listing names: the first word of each line but the last.</summary>
    private static IEnumerable<string> Files(IReadOnlyList<string> lines) =>
        lines.SkipLast(1).Select(l => l[..l.IndexOf(' ', StringComparison.Ordinal)]);
}
