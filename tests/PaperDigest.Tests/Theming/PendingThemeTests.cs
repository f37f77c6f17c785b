using PaperDigest.Diagnostics;
using PaperDigest.Theming;

namespace PaperDigest.Tests.Theming;

/// <summary>A theme loaded on another thread is the theme of the site's base path, with the diagnostics a direct load gives.</summary>
public sealed class PendingThemeTests
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("/", "/digest/")]
    [InlineData("/digest/", "/")]
    public void The_finished_theme_links_under_the_sites_base_path(string started, string site)
    {
        using var temp = new TempFolder();
        var root = WriteTheme(temp, "<a href=\"{{ relurl \"/tags/\" }}\">tags</a>");

        var diagnostics = new DiagnosticBag();
        var theme = PendingTheme.Start(root, started).Finish(site, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.NotNull(theme);
        Assert.Equal($"<a href=\"{site}tags/\">tags</a>", theme.Render("home", new object()));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/digest/")]
    public void A_template_error_is_reported_as_a_direct_load_reports_it(string site)
    {
        using var temp = new TempFolder();
        var root = WriteTheme(temp, "{{ if paper_count }}never closed");
        var direct = new DiagnosticBag();
        Assert.Null(ThemeLoader.Load(root, site, direct));

        var diagnostics = new DiagnosticBag();
        var theme = PendingTheme.Start(root, "/").Finish(site, diagnostics);

        Assert.Null(theme);
        Assert.NotEmpty(diagnostics.Items);
        Assert.Equal(direct.Items, diagnostics.Items);
        Assert.All(diagnostics.Items, d => Assert.EndsWith("templates/home.sbn-html", d.Location.Path, StringComparison.Ordinal));
    }

    /// <summary>A theme folder that replaces only the built-in home template.</summary>
    private static string WriteTheme(TempFolder temp, string home)
    {
        var root = temp.Combine("theme");
        Directory.CreateDirectory(Path.Combine(root, "templates"));
        File.WriteAllText(Path.Combine(root, "templates", "home" + ThemeContract.Extension), home);
        return root;
    }
}
