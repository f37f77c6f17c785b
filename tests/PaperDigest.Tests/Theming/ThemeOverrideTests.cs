using System.Text;
using System.Text.RegularExpressions;
using PaperDigest.Tests.Cli;
using PaperDigest.Tests.Site;
using PaperDigest.Theming;

namespace PaperDigest.Tests.Theming;

/// <summary>
/// A digest's theme folder overriding the built-in theme file by file, as a user does it with the real command:
/// no folder at all, an ejected and edited partial, an overridden asset, mistakes in an ejected template.
/// </summary>
[RunsLong]
public sealed partial class ThemeOverrideTests
{
    private const string Card = "in/theme/partials/card.sbn-html";

    [Fact]
    public void A_digest_without_a_theme_folder_builds_the_whole_site_with_the_built_in_theme()
    {
        using var digest = new UnthemedDigest();

        var run = digest.Run("build", "--input", "in", "--output", "out");

        run.AssertExit(0);
        run.AssertNoStackTrace();
        Assert.Contains("Built 18 papers into 'out'", run.Stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(digest.ThemeFolder), "a build must not create the theme folder");
        var site = digest.Output();
        foreach (var file in new[] { "index.html", "papers/2309.05153/index.html", "tags/index.html", "archive/index.html", "search/index.html", "feeds/index.html", "404.html", "feed.xml", "sitemap.xml" })
        {
            Assert.True(site.Files.ContainsKey(file), $"{file} is missing from the site");
        }

        Assert.Contains(site.Files.Keys, f => SiteCss().IsMatch(f));
        Assert.Contains(site.Files.Keys, f => f.StartsWith("assets/search.", StringComparison.Ordinal));

        // The same site as the theme's source folder gives, file for file.
        Directory.Delete(digest.Combine("out"), recursive: true);
        FolderSnapshot.AssertIdentical(site, digest.Build("--theme", RepoPaths.Theme), "the site built with the repository's theme/ folder");
    }

    [Fact]
    public void Editing_an_ejected_card_changes_exactly_the_pages_that_show_cards()
    {
        using var digest = new UnthemedDigest();
        var before = digest.Build();
        digest.Run("theme", "eject", "--input", "in", "card").AssertExit(0);
        FolderSnapshot.AssertIdentical(before, digest.Build(), "the site after ejecting the card unchanged");

        Edit(digest.Combine(Card), "<article class=\"card", "<article class=\"card card-marked");
        var after = digest.Build();

        var withCards = before.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal) && Text(f.Value).Contains("<article class=\"card", StringComparison.Ordinal))
            .Select(f => f.Key)
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(withCards.Order(StringComparer.Ordinal), Changed(before, after));
        Assert.All(withCards, page => Assert.Contains("card card-marked", Text(after.Files[page]), StringComparison.Ordinal));
        Assert.All(withCards, page => Assert.Matches(@"^(index\.html|page/\d+/index\.html|(tags|authors)/[^/]+/(page/\d+/)?index\.html|(days|weeks|months)/[^/]+/index\.html)$", page));
        foreach (var kind in new[] { "index.html", "tags/diffusion-models/index.html", "authors/dmitry-vetrov/index.html", "days/", "weeks/", "months/" })
        {
            Assert.Contains(withCards, page => page.StartsWith(kind, StringComparison.Ordinal));
        }

        Assert.DoesNotContain("tags/index.html", withCards);
        Assert.DoesNotContain("authors/index.html", withCards);
    }

    [Fact]
    public void Overriding_site_css_gives_it_a_new_fingerprinted_name_in_every_page()
    {
        using var digest = new UnthemedDigest();
        var before = digest.Build();
        var oldCss = Assert.Single(before.Files.Keys, f => SiteCss().IsMatch(f));

        digest.Run("theme", "eject", "--input", "in", "site.css").AssertExit(0);
        File.AppendAllText(digest.Combine("in", "theme", "assets", "site.css"), ".card-title { outline: 2px solid; }\n.card-marked { outline: 2px solid; }\n");
        var after = digest.Build();

        var newCss = Assert.Single(after.Files.Keys, f => SiteCss().IsMatch(f));
        Assert.NotEqual(oldCss, newCss);
        // Published minified, and without the rule no template uses.
        Assert.EndsWith(".card-title{outline:2px solid}", Text(after.Files[newCss]), StringComparison.Ordinal);
        Assert.DoesNotContain("card-marked", Text(after.Files[newCss]), StringComparison.Ordinal);
        var pages = before.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal) && Text(f.Value).Contains("/" + oldCss, StringComparison.Ordinal))
            .Select(f => f.Key)
            .ToList();
        Assert.True(pages.Count > 50, $"only {pages.Count} pages link the stylesheet");
        Assert.All(pages, page =>
        {
            var html = Text(after.Files[page]);
            Assert.Contains("/" + newCss + "\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain(oldCss, html, StringComparison.Ordinal);
        });
        Assert.Equal(pages.Append(oldCss).Append(newCss).Order(StringComparer.Ordinal), Changed(before, after));
    }

    [Fact]
    public void A_misspelt_name_in_an_ejected_template_fails_build_and_check_at_its_line_and_column()
    {
        using var digest = new UnthemedDigest();
        var before = digest.Build();
        digest.Run("theme", "eject", "--input", "in", "templates/paper.sbn-html").AssertExit(0);
        var path = digest.Combine("in", "theme", "templates", "paper.sbn-html");
        var lines = File.ReadAllLines(path).ToList();
        lines.Insert(2, "    <p class=\"kicker\">{{ paper.titel }}</p>");
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        var expected = $"in/theme/templates/paper.sbn-html:3:{lines[2].IndexOf("titel", StringComparison.Ordinal) + 1}: error PD0502: ";

        var build = digest.Run("build", "--input", "in", "--output", "out");
        var fresh = digest.Run("build", "--input", "in", "--output", "fresh");
        var check = digest.Run("check", "--input", "in");

        foreach (var run in new[] { build, fresh, check })
        {
            run.AssertExit(1);
            run.AssertNoStackTrace();
            var error = Assert.Single(run.StderrLines, l => l.Contains(": error ", StringComparison.Ordinal));
            Assert.StartsWith(expected, error, StringComparison.Ordinal);
            Assert.EndsWith("'titel' (did you mean 'title'?)", error, StringComparison.Ordinal);
            Assert.Empty(run.StdoutLines);
        }

        FolderSnapshot.AssertIdentical(before, digest.Output(), "the previous site after a failed build");
        Assert.False(Directory.Exists(digest.Combine("fresh")), "a failed build created its output folder");
    }

    [Fact]
    public void A_handlebars_file_in_the_theme_folder_fails_the_build_naming_it()
    {
        using var digest = new UnthemedDigest();
        Directory.CreateDirectory(digest.Combine("in", "theme", "partials"));
        File.WriteAllText(digest.Combine("in", "theme", "partials", "card.hbs"), "<article>{{Title}}</article>\n");

        var build = digest.Run("build", "--input", "in", "--output", "out");
        var check = digest.Run("check", "--input", "in");

        foreach (var run in new[] { build, check })
        {
            run.AssertExit(1);
            run.AssertNoStackTrace();
            var error = Assert.Single(run.StderrLines, l => l.Contains(": error ", StringComparison.Ordinal));
            Assert.StartsWith("in/theme/partials/card.hbs:1:1: error PD0503: ", error, StringComparison.Ordinal);
            Assert.Contains("Moving from Handlebars", error, StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(digest.Combine("out")));
    }

    [Fact]
    public void The_built_in_readme_has_the_section_the_handlebars_error_points_to()
    {
        var readme = Encoding.UTF8.GetString(BuiltInTheme.Files["README.md"]);

        Assert.Contains("\n## Moving from Handlebars\n", readme, StringComparison.Ordinal);
        foreach (var file in ThemeContract.Templates.Append(ThemeContract.Layout).Concat(ThemeContract.Partials))
        {
            Assert.Contains($"`{file.Path}`", readme, StringComparison.Ordinal);
        }
    }

    private static void Edit(string path, string find, string replacement)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replacement, StringComparison.Ordinal));
    }

    /// <summary>The files added, removed or changed between two builds, in ordinal order.</summary>
    private static List<string> Changed(FolderSnapshot before, FolderSnapshot after) =>
        [.. before.Files.Keys.Union(after.Files.Keys)
            .Where(f => !before.Files.TryGetValue(f, out var a) || !after.Files.TryGetValue(f, out var b) || !a.AsSpan().SequenceEqual(b))
            .Order(StringComparer.Ordinal)];

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    [GeneratedRegex(@"^assets/site\.[0-9a-f]{10}\.css$")]
    private static partial Regex SiteCss();
}
