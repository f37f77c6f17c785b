using PaperDigest.Building;

namespace PaperDigest.Tests.Site;

/// <summary><c>build --strict</c>: every internal link and fragment of the written site must resolve.</summary>
public sealed class StrictBuildTests
{
    [Fact]
    public void The_sample_digest_passes_the_strict_link_check()
    {
        using var temp = new TempFolder();
        var result = SiteBuilder.Build(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, temp.Combine("site"), Strict: true) { MadeFiles = SharedImages.Memo });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Where(d => d.IsError)));
    }

    [Theory]
    [InlineData("[gone](/papers/no-such-paper/)", "leads to no file")]
    [InlineData("[fragment](/papers/other/#no-such-heading)", "no id on that page")]
    [InlineData("[own note](#fn:9)", "no id on that page")]
    public void A_link_that_leads_nowhere_fails_a_strict_build_and_keeps_the_previous_site(string link, string message)
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        var good = TinyDigest.Create(temp.Combine("good"), TinyDigest.SiteYml, TinyDigest.TagsYml,
            ("2025/other.md", TinyDigest.Entry("Other", "2025-03-10", "## A heading\n\nBody.")));
        Assert.True(SiteBuilder.Build(new BuildOptions(good, RepoPaths.Theme, output, Strict: true) { MadeFiles = SharedImages.Memo }).Succeeded);
        var before = File.ReadAllText(Path.Combine(output, "index.html"));

        var bad = TinyDigest.Create(temp.Combine("bad"), TinyDigest.SiteYml, TinyDigest.TagsYml,
            ("2025/other.md", TinyDigest.Entry("Other", "2025-03-10", "## A heading\n\nBody.")),
            ("2025/linking.md", TinyDigest.Entry("Linking", "2025-03-11", $"See {link}.")));
        var result = SiteBuilder.Build(new BuildOptions(bad, RepoPaths.Theme, output, Strict: true) { MadeFiles = SharedImages.Memo });

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("PD0601", error.Code);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.EndsWith("papers/linking/index.html", error.Location.Path, StringComparison.Ordinal);
        Assert.True(error.Location.Line > 1);
        Assert.Equal(before, File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Empty(Directory.EnumerateDirectories(temp.Path, ".site.pd-*"));

        // Without --strict the same digest builds: the check is opt-in.
        Assert.True(SiteBuilder.Build(new BuildOptions(bad, RepoPaths.Theme, output) { MadeFiles = SharedImages.Memo }).Succeeded);
    }

    [Theory]
    // At the command or character the converter stopped at, not only at the formula.
    [InlineData("Inline $x + \\frobnicate{y}$ here.", 1, 13, "unsupported command \\frobnicate", "PD0140")]
    [InlineData("Text.\n\n$$\n\\begin{weird}a\\end{weird}\n$$", 4, 1, "unsupported environment weird", "PD0140")]
    [InlineData("Text.\n\n$$\nx = 1 \\\\\n  y + \\frob\n$$", 5, 7, "unsupported command \\frob", "PD0140")]
    [InlineData("A bad colour $\\color{no such colour} x$ here.", 1, 15, "\\color needs a colour", "PD0141")]
    [InlineData("Missing $\\frac{a}$ part.", 1, 10, "\\frac is missing its argument", "PD0141")]
    [InlineData("Endless $\\def\\a{\\a}\\a$ macro.", 1, 20, "macro \\a expands too often", "PD0142")]
    public void A_formula_that_cannot_be_converted_is_a_warning_at_its_place_and_an_error_when_strict(string body, int bodyLine, int column, string why, string code)
    {
        using var temp = new TempFolder();
        var input = TinyDigest.Create(temp.Combine("input"), TinyDigest.SiteYml, TinyDigest.TagsYml,
            ("2025/math.md", TinyDigest.Entry("Math", "2025-03-10", body)));
        var firstBodyLine = File.ReadAllLines(Path.Combine(input, "papers", "2025", "math.md")).ToList().FindIndex(l => l.StartsWith(body.Split('\n')[0], StringComparison.Ordinal)) + 1;

        var built = SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, temp.Combine("site")) { MadeFiles = SharedImages.Memo });
        Assert.True(built.Succeeded);
        var warning = Assert.Single(built.Diagnostics, d => d.Code == code);
        Assert.False(warning.IsError);
        Assert.Contains(why, warning.Message, StringComparison.Ordinal);
        Assert.EndsWith("math.md", warning.Location.Path, StringComparison.Ordinal);
        Assert.Equal((firstBodyLine + bodyLine - 1, column), (warning.Location.Line, warning.Location.Column));
        // The page shows the TeX as readable text.
        Assert.Contains("class=\"math-tex\"", File.ReadAllText(temp.Combine("site", "papers", "math", "index.html")), StringComparison.Ordinal);

        var strict = SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, temp.Combine("strict"), Strict: true) { MadeFiles = SharedImages.Memo });
        Assert.False(strict.Succeeded);
        Assert.Equal(code, Assert.Single(strict.Diagnostics, d => d.IsError).Code);
        Assert.False(Directory.Exists(temp.Combine("strict")) && Directory.EnumerateFileSystemEntries(temp.Combine("strict")).Any());
    }

    [Fact]
    public void Raw_html_is_shown_as_text_unless_site_yml_allows_it()
    {
        using var temp = new TempFolder();
        const string Body = "Before <span class=\"kept\">inline</span> after.";
        var escaped = TinyDigest.Create(temp.Combine("escaped"), TinyDigest.SiteYml, TinyDigest.TagsYml,
            ("2025/a.md", TinyDigest.Entry("A", "2025-03-10", Body)));
        var allowed = TinyDigest.Create(temp.Combine("allowed"), TinyDigest.SiteYml + "allow_html: true\n", TinyDigest.TagsYml,
            ("2025/a.md", TinyDigest.Entry("A", "2025-03-10", Body)));

        Assert.True(SiteBuilder.Build(new BuildOptions(escaped, RepoPaths.Theme, temp.Combine("one")) { MadeFiles = SharedImages.Memo }).Succeeded);
        Assert.True(SiteBuilder.Build(new BuildOptions(allowed, RepoPaths.Theme, temp.Combine("two")) { MadeFiles = SharedImages.Memo }).Succeeded);
        Assert.Contains("&lt;span class=&quot;kept&quot;&gt;", File.ReadAllText(temp.Combine("one", "papers", "a", "index.html")), StringComparison.Ordinal);
        Assert.Contains("<span class=\"kept\">inline</span>", File.ReadAllText(temp.Combine("two", "papers", "a", "index.html")), StringComparison.Ordinal);
    }
}
