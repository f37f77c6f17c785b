using PaperDigest.Diagnostics;
using PaperDigest.Reading;

namespace PaperDigest.Theming;

/// <summary>
/// A theme loading on another thread while the build reads its entries. Loading needs only the site's base path
/// (for <c>{{relurl}}</c> and <c>{{asset}}</c>), which <c>site.yml</c> gives before the entries are read. Once loaded it
/// can be finished again, by later builds of a long-lived process whose theme files did not change.
/// </summary>
internal sealed class PendingTheme
{
    private readonly string root;
    private readonly string basePath;
    private readonly InputTree? tree;
    private readonly Task<(Theme? Theme, IReadOnlyList<Diagnostic> Diagnostics)> loading;

    private PendingTheme(string root, string basePath, InputTree? tree)
    {
        this.root = root;
        this.basePath = basePath;
        this.tree = tree;
        loading = Task.Run(() => Load(root, basePath, tree));
    }

    /// <summary>The base path the theme is loading with.</summary>
    public string BasePath => basePath;

    /// <param name="tree">The theme folder's files and problems, if already scanned.</param>
    public static PendingTheme Start(string root, string basePath, InputTree? tree = null) => new(root, basePath, tree);

    /// <summary>
    /// The theme, as <see cref="ThemeLoader.Load"/> gives it, with its diagnostics added to <paramref name="diagnostics"/>;
    /// loaded again here if the site's base path is not the one it was started with.
    /// </summary>
    public Theme? Finish(string sitePath, DiagnosticBag diagnostics)
    {
        var (theme, problems) = sitePath == basePath ? loading.GetAwaiter().GetResult() : Load(root, sitePath, tree);
        diagnostics.AddRange(problems);
        return theme;
    }

    private static (Theme?, IReadOnlyList<Diagnostic>) Load(string root, string basePath, InputTree? tree)
    {
        var diagnostics = new DiagnosticBag();
        return (ThemeLoader.Load(root, basePath, diagnostics, tree), diagnostics.Items);
    }
}
