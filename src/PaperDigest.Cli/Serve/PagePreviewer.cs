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
/// from memory and tells the pages to reload; a page the preview can make that is asked for meanwhile is rendered when
/// asked. The build runs
/// as before; once a build has covered an edit, the pages rendered for it are dropped and the output folder serves
/// again, so what is served ends as a clean build makes it. Changes are numbered by the <see cref="RebuildScheduler"/>.
/// </summary>
internal sealed class PagePreviewer : IAsyncDisposable
{
    private readonly BuildSession session;
    private readonly LiveReloadHub hub;
    private readonly string outputRoot;
    /// <summary>How long after a preview told pages to reload the build waits, so they reload first.</summary>
    private static readonly TimeSpan ReloadHeadStart = TimeSpan.FromMilliseconds(250);

    private readonly TimeSpan quietPeriod;

    // Previews run on a thread of their own, which a build that keeps every thread of the pool busy does not hold up.
    private readonly AutoResetEvent wake = new(initialState: false);
    private Thread? worker;
    private volatile bool stopping;
    private long lastRequest;
    private long lastPublished;
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

    /// <summary>The last change noted, and the last one a finished preview looked at.</summary>
    private long noted;
    private long looked;
    private TaskCompletionSource previewEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <param name="outputRoot">The output folder, whose pages a preview is compared with.</param>
    /// <param name="quietPeriod">How long to wait for a burst of changes to end before a preview.</param>
    public PagePreviewer(BuildSession session, LiveReloadHub hub, string outputRoot, TimeSpan quietPeriod)
    {
        this.session = session;
        this.hub = hub;
        this.outputRoot = Path.GetFullPath(outputRoot);
        this.quietPeriod = quietPeriod;
    }

    public void Start()
    {
        worker ??= new Thread(Run) { IsBackground = true, Name = "page previews" };
        worker.Start();
    }

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
            noted = Math.Max(noted, number);
        }

        Request();
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
            Request();
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

        string? html;
        try
        {
            html = preview?.Render(sitePath);
        }
        catch (ThemeException)
        {
            // A template that fails on this page: the build reports it.
            return null;
        }

        if (html is null)
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

    /// <summary>The version served now and what each open page shows of it, for <see cref="Unchanged"/> after a build.</summary>
    public (string? Version, Dictionary<string, string?> Pages) Showing()
    {
        var version = hub.Current.Version;
        return (version, hub.OpenPages.ToDictionary(p => p, Shown, StringComparer.Ordinal));
    }

    /// <summary>The open pages of <paramref name="before"/> that show the same now (call it once the build is in).</summary>
    public IReadOnlyList<string> Unchanged((string? Version, Dictionary<string, string?> Pages) before) =>
        [.. before.Pages.Where(p => p.Value is not null && Shown(p.Key) == p.Value).Select(p => p.Key)];

    /// <summary>What the server serves at <paramref name="sitePath"/> now, or null if that cannot be told (the page then reloads).</summary>
    private string? Shown(string sitePath)
    {
        try
        {
            return Served(sitePath) ?? OnDisk(sitePath);
        }
#pragma warning disable CA1031 // Telling an unchanged page apart only spares a reload; it must never fail a build.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        stopping = true;
        wake.Set();
        if (worker is not null)
        {
            await Task.Run(() => worker.Join(TimeSpan.FromSeconds(5))).ConfigureAwait(false);
        }

        wake.Dispose();
        if (store.IsValueCreated)
        {
            store.Value.Dispose();
        }
    }

    /// <summary>
    /// Waits, at most <paramref name="longest"/>, until every change noted so far has been previewed (or found not to
    /// be previewable), and then until the pages the preview told to reload have had a moment to: a build started after
    /// that leaves the preview and the reload both cores of a small machine meanwhile.
    /// </summary>
    public async Task PreviewedAsync(TimeSpan longest, CancellationToken token)
    {
        var until = Stopwatch.GetTimestamp() + (long)(longest.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            Task ended;
            lock (gate)
            {
                if (looked >= noted)
                {
                    break;
                }

                ended = previewEnded.Task;
            }

            var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), until);
            if (left <= TimeSpan.Zero || await Task.WhenAny(ended, Task.Delay(left, token)).ConfigureAwait(false) != ended)
            {
                return;
            }
        }

        // The pages told to reload load on a machine the build does not keep busy yet.
        var published = Interlocked.Read(ref lastPublished);
        if (published != 0 && Stopwatch.GetElapsedTime(published) is var since && since < ReloadHeadStart)
        {
            await Task.Delay(ReloadHeadStart - since, token).ConfigureAwait(false);
        }
    }

    private void Request()
    {
        Interlocked.Exchange(ref lastRequest, Stopwatch.GetTimestamp());
        wake.Set();
    }

    /// <summary>The worker: once a burst of changes has ended (<see cref="quietPeriod"/>), previews them.</summary>
    private void Run()
    {
        while (true)
        {
            wake.WaitOne();
            while (!stopping && Stopwatch.GetElapsedTime(Interlocked.Read(ref lastRequest)) is var since && since < quietPeriod)
            {
                Thread.Sleep(quietPeriod - since);
            }

            if (stopping)
            {
                return;
            }

            Preview();
        }
    }

    /// <summary>Previews the changes noted so far on the open pages now (the server does it once a burst of changes ends).</summary>
    internal void Preview()
    {
        long upto;
        lock (gate)
        {
            upto = noted;
        }

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
        finally
        {
            TaskCompletionSource ended;
            lock (gate)
            {
                looked = Math.Max(looked, upto);
                (ended, previewEnded) = (previewEnded, new(TaskCreationOptions.RunContinuationsAsynchronously));
            }

            ended.SetResult();
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

        var openPages = hub.OpenPages;
        if (snapshot is null || paths.Count == 0)
        {
            return;
        }

        // With no page open there is nothing to show ahead of the build (and an earlier preview no longer shows every edit).
        var preview = openPages.Count == 0 ? null : PagePreview.Of(snapshot, paths, store.Value, theme);
        if (preview is null)
        {
            lock (gate)
            {
                current = null;
            }

            return;
        }

        var open = openPages.Select(p => (Page: p, Html: preview.Render(p), OnDisk: OnDisk(p))).Where(p => p.Html is not null).ToList();
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
        Interlocked.Exchange(ref lastPublished, Stopwatch.GetTimestamp());
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
