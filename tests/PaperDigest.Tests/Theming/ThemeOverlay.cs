using PaperDigest.Diagnostics;
using PaperDigest.Theming;
using PaperDigest.Theming.Views;

namespace PaperDigest.Tests.Theming;

/// <summary>A theme folder holding a few files over the built-in theme, loaded as a build loads it, and views to render with it.</summary>
internal sealed class ThemeOverlay : IDisposable
{
    private readonly TempFolder temp = new();

    public ThemeOverlay(params (string Path, string Text)[] files)
    {
        Folder = temp.Combine("theme");
        Directory.CreateDirectory(Folder);
        foreach (var (path, text) in files)
        {
            var file = Path.Combine(Folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }

        Theme = ThemeLoader.Load(Folder, "/", Diagnostics);
    }

    public string Folder { get; }

    public DiagnosticBag Diagnostics { get; } = new();

    public Theme? Theme { get; }

    public IEnumerable<Diagnostic> Errors => Diagnostics.Items.Where(d => d.IsError);

    public static SiteView Site(string title = "A digest") =>
        new(title, "About papers", "en", "/", "/tags/", "/archive/", "/feed.xml", "/feeds/", null, [], ["Ada", "Grace"], "/search/", "/authors/");

    /// <summary>Renders the free-page template with a title (escaped) and a body (trusted).</summary>
    public string RenderPage(string title, string trustedBody) =>
        Theme!.Render("page", new FreePageView(Site(), title, new TrustedHtml(trustedBody)));

    public void Dispose() => temp.Dispose();
}
