using System.Diagnostics;
using System.Globalization;
using PaperDigest.Building;
using PaperDigest.Previewing;
using PaperDigest.Rendering;
using PaperDigest.Theming;

namespace PaperDigest.Cli.Serve;

/// <summary>
/// Shows an edit on the pages open in browsers before the build that makes the whole site has finished: moments
/// after a save it renders those pages from the last build's model in memory (<see cref="PagePreview"/>), serves them
/// from memory and tells the pages to reload; a paper page asked for meanwhile is rendered when asked. The build runs
/// as before; once a build has covered an edit, the pages rendered for it are dropped and the output folder serves
/// again, so what is served ends as a clean build makes it. Changes are numbered by the <see cref="RebuildScheduler"/>.
/// </summary>
internal sealed class PagePreviewer : IAsyncDisposable
{
    private readonly BuildSession session;
    private readonly LiveReloadHub hub;
    private readonly string outputRoot;
    private readonly RebuildScheduler previews;
    private readonly Lock gate = new();

    /// <summary>The changes not yet covered by the build the session's snapshot comes from, by number.</summary>
    private readonly List<(long Number, string Path)> pending = [];

    /// <summary>Pages rendered ahead of the build, by site path, with the last change number they show.</summary>
    private readonly Dictionary<string, (string Html, long Upto)> pages = new(StringComparer.Ordinal);

    private readonly Lazy<WriteUpStore> store = new(WriteUpStore.Temporary);
    private long covered;
    private PagePreview? current;
    private long currentUpto;
    private (Theme Theme, long Upto)? loadedTheme;
    private int count;

    /// <param name="outputRoot">The output folder, whose pages a preview is compared with.</param>
    /// <param name="quietPeriod">How long to wait for a burst of changes to end before a preview.</param>
    public PagePreviewer(BuildSession session, LiveReloadHub hub, string outputRoot, TimeSpan quietPeriod)
    {
        this.session = session;
        this.hub = hub;
        this.outputRoot = Path.GetFullPath(outputRoot);
        previews = new RebuildScheduler((_, token) => Task.Run(Preview, token), quietPeriod);
    }

    public void Start() => previews.Start();

    /// <summary>Notes change <paramref name="number"/> to <paramref name="path"/>, and asks for a preview.</summary>
    public void Note(long number, string path)
    {
        lock (gate)
        {
            if (number <= covered)
            {
                return;
            }

            pending.Add((number, path));
        }

        previews.Request(path);
    }

    /// <summary>
    /// A build covering the changes up to <paramref name="upto"/> succeeded and is in the output folder: the pages
    /// rendered for them are dropped. Call it before telling the pages to reload.
    /// </summary>
    public void Built(long upto)
    {
        bool again;
        lock (gate)
        {
            covered = Math.Max(covered, upto);
            pending.RemoveAll(c => c.Number <= covered);
            foreach (var page in pages.Where(p => p.Value.Upto <= covered).Select(p => p.Key).ToList())
            {
                pages.Remove(page);
            }

            if (currentUpto <= covered)
            {
                current = null;
            }

            if (loadedTheme?.Upto <= covered)
            {
                loadedTheme = null;
            }

            again = current is null && pending.Count > 0;
        }

        if (again)
        {
            // Edits the build did not cover: previewed again from its model.
            previews.Request(outputRoot);
        }
    }

    /// <summary>The page at <paramref name="sitePath"/> as the edits not yet built make it, or null to serve the output folder's.</summary>
    public string? Served(string sitePath)
    {
        PagePreview? preview;
        long upto;
        lock (gate)
        {
            if (pages.TryGetValue(sitePath, out var page))
            {
                return page.Html;
            }

            (preview, upto) = (current, currentUpto);
        }

        if (preview?.Render(sitePath) is not { } html)
        {
            return null;
        }

        lock (gate)
        {
            if (current == preview)
            {
                pages[sitePath] = (html, upto);
            }
        }

        return html;
    }

    public async ValueTask DisposeAsync()
    {
        await previews.DisposeAsync().ConfigureAwait(false);
        if (store.IsValueCreated)
        {
            store.Value.Dispose();
        }
    }

    /// <summary>Previews the changes noted so far on the open pages now (the server does it once a burst of changes ends).</summary>
    internal void Preview()
    {
        try
        {
            TryPreview();
        }
#pragma warning disable CA1031 // A preview is only a head start: when it fails, the build shows the edit (or the error).
        catch (Exception)
#pragma warning restore CA1031
        {
            lock (gate)
            {
                current = null;
            }
        }
    }

    private void TryPreview()
    {
        var clock = Stopwatch.StartNew();
        var snapshot = session.Snapshot;
        long from, upto;
        List<string> paths;
        Theme? theme;
        lock (gate)
        {
            from = covered;
            paths = [.. pending.Select(c => c.Path).Distinct(StringComparer.Ordinal)];
            upto = pending.Count == 0 ? covered : pending.Max(c => c.Number);
            // The templates loaded for an earlier preview serve while no template changed since.
            var lastTemplate = pending.Where(c => c.Path.EndsWith(ThemeContract.Extension, StringComparison.Ordinal)).Select(c => c.Number).DefaultIfEmpty(0).Max();
            theme = loadedTheme is { } loaded && loaded.Upto >= lastTemplate ? loaded.Theme : null;
        }

        if (snapshot is null || paths.Count == 0)
        {
            return;
        }

        var preview = PagePreview.Of(snapshot, paths, store.Value, theme);
        if (preview is null)
        {
            lock (gate)
            {
                current = null;
            }

            return;
        }

        var open = hub.OpenPages.Select(p => (Page: p, Html: preview.Render(p), OnDisk: OnDisk(p))).Where(p => p.Html is not null).ToList();
        var shown = 0;
        lock (gate)
        {
            if (covered != from)
            {
                // A build finished meanwhile and previews again what it did not cover.
                return;
            }

            current = preview;
            currentUpto = upto;
            if (preview.EditedTheme)
            {
                loadedTheme = (preview.Theme, upto);
            }

            foreach (var (page, html, onDisk) in open)
            {
                var served = pages.TryGetValue(page, out var previewed) ? previewed.Html : onDisk;
                shown += served == html ? 0 : 1;
                pages[page] = (html!, upto);
            }
        }

        if (shown == 0)
        {
            return;
        }

        var status = hub.Current;
        var seconds = clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var what = preview.EditedTheme ? "the edited templates" : preview.EditedEntries == 1 ? "the edited entry" : $"{preview.EditedEntries} edited entries";
        var summary = $"Rendered {BuildCommand.Count(shown, "open page")} with {what} in {seconds} s; building the rest of the site";
        hub.Publish(new BuildStatus(status.Build, true, string.Create(CultureInfo.InvariantCulture, $"{status.Version}.p{++count}"), summary, (long)clock.Elapsed.TotalMilliseconds, []));
        Console.WriteLine($"[{DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}] {summary}.");
    }

    /// <summary>The page at <paramref name="sitePath"/> in the output folder, or null.</summary>
    private string? OnDisk(string sitePath)
    {
        var (kind, file) = SiteFiles.Resolve(outputRoot, sitePath);
        try
        {
            return kind == SiteFileKind.File ? File.ReadAllText(file!) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
