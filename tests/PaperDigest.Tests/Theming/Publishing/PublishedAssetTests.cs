using System.Text;
using System.Text.RegularExpressions;
using PaperDigest.Diagnostics;
using PaperDigest.Theming.Publishing;

namespace PaperDigest.Tests.Theming.Publishing;

public sealed partial class PublishedAssetTests
{
    private static string Published(ThemeOverlay overlay, string path)
    {
        Assert.Empty(overlay.Errors);
        var asset = Assert.Single(overlay.Theme!.Assets.Files, a => a.Path == path);
        return asset.Published is { } published ? Encoding.UTF8.GetString(PublishedAsset.Make(published)) : Encoding.UTF8.GetString(asset.Bytes);
    }

    [Fact]
    public void The_default_stylesheet_is_published_minified_without_rules_no_page_uses()
    {
        using var overlay = new ThemeOverlay(("assets/site.css", File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "site.css")) + "\n.never-used-anywhere { color: red; }\n"));
        var css = Published(overlay, "site.css");
        Assert.DoesNotContain("never-used-anywhere", css, StringComparison.Ordinal);
        Assert.DoesNotContain("/*", css, StringComparison.Ordinal);
        Assert.Contains(".card-title{", css, StringComparison.Ordinal);
        Assert.Contains(".kind-search .site-search{", css, StringComparison.Ordinal);
        Assert.Contains("div.math{", css, StringComparison.Ordinal);
    }

    [Fact]
    public void A_class_an_overriding_template_uses_keeps_its_rule()
    {
        const string Css = ".card{top:0}\n.card-ribbon { color: red; }\n";
        using var without = new ThemeOverlay(("assets/site.css", Css));
        Assert.DoesNotContain("card-ribbon", Published(without, "site.css"), StringComparison.Ordinal);

        var card = File.ReadAllText(Path.Combine(RepoPaths.Theme, "partials", "card.sbn-html"))
            .Replace("<h3 class=\"card-title\">", "<p class=\"card-ribbon\">New</p><h3 class=\"card-title\">", StringComparison.Ordinal);
        using var with = new ThemeOverlay(("assets/site.css", Css), ("partials/card.sbn-html", card));
        Assert.Equal(".card{top:0}.card-ribbon{color:red}", Published(with, "site.css"));
        Assert.NotEqual(Fingerprint(without), Fingerprint(with));
    }

    [Fact]
    public void A_class_a_theme_script_adds_keeps_its_rule()
    {
        using var overlay = new ThemeOverlay(
            ("assets/site.css", ".is-open{top:0}.is-closed{top:1px}"),
            ("assets/menu.js", "document.body.classList.add('is-open');\n"));
        Assert.Equal(".is-open{top:0}", Published(overlay, "site.css"));
        Assert.Equal("document.body.classList.add(\"is-open\");", Published(overlay, "menu.js"));
    }

    [Fact]
    public void A_script_is_minified_and_one_with_a_syntax_error_is_published_as_written()
    {
        const string Broken = "function (( {\n";
        using var overlay = new ThemeOverlay(
            ("assets/good.js", "(function () {\n  // a comment\n  const answer = 40 + 2;\n  console.log(answer);\n})();\n"),
            ("assets/broken.js", Broken));
        Assert.Equal("(function(){console.log(42)})();", Published(overlay, "good.js"));
        Assert.Equal(Broken, Published(overlay, "broken.js"));
    }

    [Fact]
    public void A_broken_stylesheet_is_a_warning_at_its_line_and_is_published_as_written()
    {
        const string Css = ".a { color: red; }\n.b { content: \"open; }\n";
        using var overlay = new ThemeOverlay(("assets/extra.css", Css));
        var warning = Assert.Single(overlay.Diagnostics.Items, d => d.Code == DiagnosticCodes.StylesheetUnreadable);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("assets/extra.css", warning.Location.Path, StringComparison.Ordinal);
        Assert.Equal((2, 15), (warning.Location.Line, warning.Location.Column));
        Assert.Equal(Css, Published(overlay, "extra.css"));
    }

    [Fact]
    public void Other_assets_are_published_as_they_are_under_the_fingerprint_of_their_bytes()
    {
        using var overlay = new ThemeOverlay(("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n"));
        var logo = Assert.Single(overlay.Theme!.Assets.Files, a => a.Path == "logo.svg");
        Assert.Null(logo.Published);
        Assert.Matches(@"^logo\.[0-9a-f]{10}\.svg$", logo.Fingerprinted);
    }

    /// <summary>
    /// Every class attribute the library's code writes is registered in <see cref="RendererClasses"/>, so the purger keeps
    /// the rules styling it.
    /// </summary>
    [Fact]
    public void Every_class_the_renderers_write_is_registered()
    {
        var registered = RendererClasses.All.SelectMany(l => l).ToHashSet(StringComparer.Ordinal);
        var written = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => ClassAttribute().Matches(File.ReadAllText(file)).Select(m => (file, m.Groups[1].Value)))
            .SelectMany(found => found.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(name => (found.file, name)))
            .ToList();
        Assert.NotEmpty(written);
        Assert.All(written, found => Assert.True(registered.Contains(found.name), $"{found.file} writes class '{found.name}', which RendererClasses does not list"));
    }

    private static string Fingerprint(ThemeOverlay overlay) => overlay.Theme!.Assets.Fingerprinted("site.css")!;

    [GeneratedRegex("class=\\\\\"([a-z0-9 _-]+)\\\\\"")]
    private static partial Regex ClassAttribute();
}
