using PaperDigest.Building;
using PaperDigest.Diagnostics;
using PaperDigest.Indexing;
using PaperDigest.Pages;
using PaperDigest.Parsing;
using PaperDigest.Reading;
using PaperDigest.Rendering;
using PaperDigest.Search;
using PaperDigest.Theming;

namespace PaperDigest.Previewing;

/// <summary>
/// The site's pages as they will be once the edits since a <see cref="SiteSnapshot"/> are built, rendered one at a
/// time from the snapshot in memory: <c>serve</c> shows the pages a browser has open this way within moments of a save,
/// while the build that makes the whole site runs. Edits it can show: entries of papers the snapshot has, changed in
/// place (same address and day), on paper pages; and the theme's templates, on every page made with one. For anything
/// else (a new or removed entry, <c>site.yml</c>, an asset) there is no preview and the build alone shows the change.
/// A page is rendered as the build renders it, except that the related papers are those of the snapshot; the build
/// that follows brings them up to date.
/// </summary>
internal sealed class PagePreview
{
    private readonly SiteSnapshot snapshot;
    private readonly Theme theme;

    /// <summary>The snapshot's papers by their index in it, with the edited ones in their new state.</summary>
    private readonly RenderedPaper[] papers;

    /// <summary>The papers' indexes in digest order, and each paper's position in it.</summary>
    private readonly int[] order;
    private readonly int[] positions;
    private readonly Dictionary<string, int> byPath;

    private PagePreview(SiteSnapshot snapshot, Theme theme, RenderedPaper[] papers)
    {
        this.snapshot = snapshot;
        this.theme = theme;
        this.papers = papers;
        order = [.. Enumerable.Range(0, papers.Length)];
        if (!InOrder(papers))
        {
            // A new title can move a paper within its day.
            Array.Sort(order, (a, b) => SiteIndexer.DigestOrder.Compare(papers[a], papers[b]));
        }

        positions = new int[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            positions[order[i]] = i;
        }

        byPath = new Dictionary<string, int>(papers.Length, StringComparer.Ordinal);
        for (var i = 0; i < papers.Length; i++)
        {
            byPath[papers[i].Paper.Path] = i;
        }
    }

    /// <summary>The theme the pages are rendered with: the snapshot's, or the one loaded for changed templates.</summary>
    public Theme Theme => theme;

    /// <summary>How many entries the preview read afresh.</summary>
    public int EditedEntries { get; private init; }

    /// <summary>Whether the preview renders with templates changed since the snapshot.</summary>
    public bool EditedTheme { get; private init; }

    /// <summary>
    /// The preview of <paramref name="snapshot"/> after the changes to <paramref name="changed"/> (full or relative
    /// paths, as a file watcher names them); null when one of them is not an edit a preview can show, or cannot be
    /// read, parsed or rendered without an error (the build reports it).
    /// </summary>
    /// <param name="store">Where the edited write-ups are rendered to; it must outlive the preview.</param>
    /// <param name="theme">The theme as loaded from the theme folder's current templates, if the caller kept it from an
    /// earlier preview; loaded here when null and a template changed.</param>
    public static PagePreview? Of(SiteSnapshot snapshot, IReadOnlyCollection<string> changed, WriteUpStore store, Theme? theme = null)
    {
        var options = snapshot.Options;
        var inputRoot = Folder(options.InputRoot);
        var themeRoot = Folder(options.ThemeRoot);
        var papersRoot = Folder(Path.Combine(options.InputRoot, "papers"));
        var entries = new SortedSet<string>(StringComparer.Ordinal);
        var templates = false;
        foreach (var path in changed.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            if (path.StartsWith(themeRoot, StringComparison.Ordinal) && path.EndsWith(ThemeContract.Extension, StringComparison.Ordinal))
            {
                templates = true;
            }
            else if (path.StartsWith(papersRoot, StringComparison.Ordinal) && !path.StartsWith(themeRoot, StringComparison.Ordinal)
                     && path.EndsWith(".md", StringComparison.Ordinal))
            {
                entries.Add(Path.GetRelativePath(inputRoot, path).Replace('\\', '/'));
            }
            else if (Path.HasExtension(path) || File.Exists(path) || Directory.Exists(path))
            {
                // Only the gone, extensionless scratch name a save by rename leaves behind is no change to the site.
                return null;
            }
        }

        if (templates && theme is null)
        {
            theme = LoadTheme(snapshot);
            if (theme is null)
            {
                return null;
            }
        }

        var model = snapshot.Model;
        var papers = model.Papers.ToArray();
        if (entries.Count > 0)
        {
            var bySource = new Dictionary<string, int>(papers.Length, StringComparer.Ordinal);
            for (var i = 0; i < papers.Length; i++)
            {
                bySource[papers[i].Paper.SourcePath.Path] = i;
            }

            var renderer = PaperRenderer.For(model.Site, snapshot.Tags, new WordPool(), store);
            var rules = new EntryRules(snapshot.Tags, options.Today ?? DigestLoader.TodayIn(model.Site), options.IncludeDrafts);
            foreach (var entry in entries)
            {
                if (!bySource.TryGetValue(entry, out var index)
                    || Edited(papers[index], entry, options, rules, renderer, model.AuthorRegistry) is not { } edited)
                {
                    return null;
                }

                papers[index] = edited;
            }
        }

        return new PagePreview(snapshot, templates ? theme! : snapshot.Theme, papers) { EditedEntries = entries.Count, EditedTheme = templates };
    }

    /// <summary>
    /// The page at <paramref name="sitePath"/> (below the base path, such as <c>/papers/x/</c>) as the build will make
    /// it, or null for a page the preview does not render.
    /// </summary>
    public string? Render(string sitePath)
    {
        var views = snapshot.Views;
        if (!byPath.TryGetValue(sitePath, out var index))
        {
            // Any other page as the snapshot's build made it, while only templates changed.
            if (EditedEntries > 0 || snapshot.Pages?.Find(sitePath) is not { } recipe)
            {
                return null;
            }

            var made = recipe.Make();
            return theme.RenderPage(recipe.Template, made.View, views.Site, made.Meta);
        }

        var input = PaperPageInput.At(positions[index], order.Length, p => papers[order[p]].Shown,
            snapshot.Related[index].Select(j => papers[j].Shown), views.Config);
        var page = views.PaperPage(input);
        return theme.RenderPage("paper", page.View, views.Site, page.Meta);
    }

    /// <summary>The paper of <paramref name="entry"/> as read and rendered now, if it is still the same page on the same day.</summary>
    private static RenderedPaper? Edited(RenderedPaper old, string entry, BuildOptions options, EntryRules rules, PaperRenderer renderer, Content.AuthorRegistry authors)
    {
        var diagnostics = new DiagnosticBag();
        var source = InputReader.Read(options.InputRoot, entry, diagnostics);
        var paper = source is null ? null : PaperParser.Parse(source, rules, diagnostics);
        if (paper is null || diagnostics.HasErrors || paper.Path != old.Paper.Path || paper.Date != old.Paper.Date
            || (!options.IncludeDrafts && (paper.Draft || paper.Scheduled)))
        {
            return null;
        }

        var rendered = renderer.Render(paper, diagnostics);
        if (rendered is null || diagnostics.HasErrors)
        {
            return null;
        }

        // Figures are read apart from the entry; the snapshot's stand until the build reads them again.
        rendered = rendered with { Shown = rendered.Shown with { Figures = old.Shown.Figures } };
        return AuthorIndexer.Enrich(rendered, authors);
    }

    /// <summary>The theme from its folder's files now, or null if it has errors (the build reports them).</summary>
    public static Theme? LoadTheme(SiteSnapshot snapshot)
    {
        var diagnostics = new DiagnosticBag();
        var theme = ThemeLoader.Load(snapshot.Options.ThemeRoot, snapshot.Model.Site.BasePath, diagnostics);
        return theme is null || diagnostics.HasErrors ? null : snapshot.Options.InterpretTemplates ? theme.Interpreted() : theme;
    }

    private static bool InOrder(RenderedPaper[] papers)
    {
        for (var i = 1; i < papers.Length; i++)
        {
            if (SiteIndexer.DigestOrder.Compare(papers[i - 1], papers[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static string Folder(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)) + Path.DirectorySeparatorChar;
}
