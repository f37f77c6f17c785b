using System.Diagnostics;
using PaperDigest.Archives;
using PaperDigest.Assets;
using PaperDigest.Diagnostics;
using PaperDigest.Emitting;
using PaperDigest.Feeds;
using PaperDigest.Hosting;
using PaperDigest.Incremental;
using PaperDigest.Indexing;
using PaperDigest.Newsletter;
using PaperDigest.Pages;
using PaperDigest.Reading;
using PaperDigest.Redirects;
using PaperDigest.Rendering;
using PaperDigest.Search;
using PaperDigest.Sitemap;
using PaperDigest.Theming;
using PaperDigest.Validation;
using PaperDigest.Writing;
using DiagnosticRecord = PaperDigest.Diagnostics.Diagnostic;

namespace PaperDigest.Building;

/// <summary>
/// Runs the whole pipeline: load and validate (writing nothing if anything is wrong), render Markdown in
/// parallel, index, emit every output kind into a staging folder, then swap it in as the output folder. What a build
/// carries over from the last (fingerprints, entries, theme, manifest) it asks of its <see cref="BuildSession"/>.
/// </summary>
internal static class SiteBuilder
{
    /// <summary>The emitter a rebuild of a few entries runs beside the others (see <see cref="Run"/>).</summary>
    private static readonly SearchIndexFiles AsideEmitter = new();

    /// <summary>
    /// The emitters, in the order they run unless one reads what a later one adds (<see cref="EmitterOrder"/>: the
    /// sitemap runs after every page, the headers after the e-mail editions). Paper pages come late, as they wait for
    /// the related papers, which are computed in the background meanwhile.
    /// </summary>
    private static readonly IReadOnlyList<IEmitter> Emitters = EmitterOrder.Sort(
    [
        new HomePages(), new TagPages(), new AuthorPages(), new ArchivePages(), new WeeklyNewsletter(), new FeedsPage(), new FreePages(), new SearchPage(), AsideEmitter, new RedirectPages(), new SiteFeeds(), new AuthorFeeds(), new OpmlFile(), new StaticFiles(), new Figures.FigureFiles(), new SocialCards.SocialCardFiles(),
        new RobotsTxt(), new NetlifyHeaders(), new PaperPages(), new SitemapXml(),
    ]);

    /// <summary>One build, from the build cache (see <see cref="BuildSession.OneShot"/>).</summary>
    public static BuildResult Build(BuildOptions options, Action<string>? onStage = null)
    {
        using var session = BuildSession.OneShot(options);
        return session.Build(onStage: onStage);
    }

    /// <summary>One build of <paramref name="session"/> (see <see cref="BuildSession.Build"/>).</summary>
    internal static BuildResult Run(BuildSession session, IReadOnlyCollection<string>? changed, Action<string>? onStage)
    {
        var options = session.Options;
        var clock = Stopwatch.StartNew();
        onStage?.Invoke("Looking for changes");
        // site.yml, which gives the day of the build and the base path, is read on another thread while the files are fingerprinted.
        var given = options;
        var siteRead = Task.Run(() => DigestLoader.ReadSite(given, session.Configs));
        var cache = session.CacheFolder;
        var files = session.Fingerprint(changed);
        var site = siteRead.GetAwaiter().GetResult();
        // The day is fixed once, so the stamp and the scheduled entries agree even across midnight.
        options = options with { Today = options.Today ?? DigestLoader.TodayIn(site) };
        var stamp = BuildStamp.Of(files, Settings(options));
        var previous = session.PreviousOutput();
        if (previous is not null && previous.Stamp == stamp.Whole && StagedOutput.IsIntact(options.OutputRoot, previous))
        {
            // Nothing the site is made from changed and the output folder is as the last build left it.
            StagedOutput.RemoveLeftovers(options.OutputRoot, cache);
            session.FilesSeen();
            var last = previous.Summary;
            return new BuildResult(last.Warnings, last.Papers, last.Pages, last.Feeds, previous.Files.Count, clock.Elapsed) { Written = 0, Entries = files.Input.In("papers", ".md").Count };
        }

        onStage?.Invoke("Reading the entry cache");
        // The theme compiles on another thread while the entries are read.
        var pendingTheme = session.Theme(site?.BasePath ?? "/", stamp);
        var entries = session.Entries(stamp);
        onStage?.Invoke("Reading, checking and rendering entries");
        var (content, diagnostics) = DigestLoader.Load(options, entries, renderAsRead: true, stamp.Input, session.Configs, decodeFigures: false);
        var all = diagnostics.ToList();
        var addresses = content is null ? default : AddressChanges.Check(content.Papers, AddressLedger.Load(LedgerFolder(options)));
        all.AddRange(addresses.Warnings ?? []);

        onStage?.Invoke("Loading the theme");
        var themeDiagnostics = new DiagnosticBag();
        var theme = pendingTheme.Finish(content?.Site.BasePath ?? "/", themeDiagnostics);
        theme = options.InterpretTemplates ? theme?.Interpreted() : theme;
        all.AddRange(themeDiagnostics.Items);
        if (content is null || theme is null || all.Any(d => d.IsError))
        {
            return new BuildResult(DiagnosticOrder.Sort(all), 0, 0, 0, 0, clock.Elapsed);
        }

        var (model, problems) = RenderAndIndex(content, entries, onStage);
        // Pages are rendered here on every build, so their warnings (unsafe links, limits) are reported here.
        all = [.. DiagnosticOrder.Sort(all.Concat(problems))];
        if (options.Strict)
        {
            // A strict build publishes no formula as raw TeX.
            all = [.. all.Select(d => d is { IsError: false, Code: DiagnosticCodes.MathNotConverted or DiagnosticCodes.MathMalformed or DiagnosticCodes.MathMacroRunaway } ? d with { Severity = Severity.Error } : d)];
            if (all.Any(d => d.IsError))
            {
                return new BuildResult(all, 0, 0, 0, 0, clock.Elapsed);
            }
        }

        if (model is null)
        {
            return new BuildResult(DiagnosticOrder.Sort(all), 0, 0, 0, 0, clock.Elapsed);
        }

        onStage?.Invoke("Writing the site");
        try
        {
            using var output = StagedOutput.Begin(options.OutputRoot, cache, previous);
            var hasFavicon = files.Input.Files.Contains("static/favicon.svg");
            var views = ViewFactory.For(model, hasFavicon, theme.SocialFont?.Identity ?? Fingerprint.None);
            var made = new IncrementalOutput(output, theme, views, stamp.ThemeFiles, model.Site.BasePath, SharedInstances.Types(views.KeepsCards), options.MadeFiles,
                SharedInstances.Expected(model), entries) { Recipes = session.KeepsSnapshots ? new() : null };
            var related = RelatedPapersWork.Start(model, session.Related());
            var context = new EmitContext(model, related, theme, views, made, new BuildInputs(files.Input), options.Today ?? DigestLoader.TodayIn(model.Site));
            // A rebuild after a few entries changed renders few pages and has a core to spare: the search index is built
            // and the entry cache saved beside the other emitters. Fuller builds do them in turn, which keeps their peak memory down.
            var aside = previous is not null && previous.Summary.Site == stamp.Site && entries.ParsedAfresh <= model.Papers.Length / 8
                ? Task.Run(() =>
                {
                    var written = AsideEmitter.Emit(context);
                    session.EntriesRendered(entries, made);
                    return written;
                })
                : null;
            var count = default(EmitCount);
            try
            {
                for (var i = 0; i < Emitters.Count; i++)
                {
                    made.Complete(EmitterOrder.CompleteAfter(Emitters, i));
                    var emitter = Emitters[i];
                    if (aside is not null && emitter == AsideEmitter)
                    {
                        continue;
                    }

                    onStage?.Invoke($"Writing the site: {emitter.GetType().Name}");
                    count += emitter.Emit(context);
                }

                count += aside?.GetAwaiter().GetResult() ?? default;
            }
            catch
            {
                // The staging folder goes with this build: let the work beside it end first.
                aside?.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
                related.Settle();
                throw;
            }

            if (options.Strict)
            {
                onStage?.Invoke("Checking every link");
                var broken = OutputLinkCheck.Check(output.Staging, options.OutputRoot.Replace('\\', '/'), model.Site.BasePath);
                if (broken.Count > 0)
                {
                    // The staging folder is dropped: a strict build that fails leaves the previous site in place.
                    return new BuildResult(DiagnosticOrder.Sort(all.Concat(broken)), 0, 0, 0, 0, clock.Elapsed);
                }
            }

            onStage?.Invoke("Committing");
            output.Commit(new ManifestSummary(model.Papers.Length, count.Pages, count.Feeds, [.. all.Where(d => !d.IsError)], stamp.Site), stamp.Whole, session.SavesAsItGoes);
            session.Committed(output.Committed);
            session.Kept(new Previewing.SiteSnapshot(options, content.Tags, model, views, theme, related.Lists) { Pages = made.Recipes });
            SaveLedger(addresses.Next, cache);
            if (aside is null)
            {
                onStage?.Invoke("Saving the entry cache");
                session.EntriesRendered(entries, made);
            }

            session.FilesSeen();

            return new BuildResult(all, model.Papers.Length, count.Pages, count.Feeds, output.FileCount, clock.Elapsed) { Written = output.WrittenCount, Made = output.MadeCount, RelatedSearched = related.Searched, EntriesParsed = entries.ParsedAfresh, Entries = files.Input.In("papers", ".md").Count };
        }
        catch (Exception ex) when (Unwrap(ex) is ThemeException theming)
        {
            all.Add(DiagnosticRecord.Error(theming.Location, DiagnosticCodes.TemplateError,
                $"template error: {theming.Message.Replace('\n', ' ')}"));
        }
        catch (Exception ex) when (Unwrap(ex) is InputUnreadableException unreadable)
        {
            all.Add(unreadable.Diagnostic);
        }
        catch (Exception ex) when (Unwrap(ex) is IOException or UnauthorizedAccessException)
        {
            var inner = Unwrap(ex);
            var where = inner is OutputConflictException conflict ? conflict.RelativePath : options.OutputRoot;
            all.Add(DiagnosticRecord.Error(SourceLocation.StartOf(SourcePath.Given(where)), DiagnosticCodes.OutputFailed, $"cannot write the site: {inner.Message}"));
        }

        return new BuildResult(DiagnosticOrder.Sort(all), 0, 0, 0, 0, clock.Elapsed);
    }

    /// <summary>
    /// Every check of a build (reading, parsing, validation, rendering the write-ups, loading and checking the theme)
    /// without output, plus the editorial warnings <c>check</c> adds (unused tags, internal links that point nowhere).
    /// </summary>
    public static (DigestContent? Content, IReadOnlyList<DiagnosticRecord> Diagnostics) Check(BuildOptions options)
    {
        var tree = InputTree.Scan(options.InputRoot);
        // The theme's problems fail a build, so check reports them too, though it renders no page; as in a build, the
        // theme loads on another thread while the entries are read.
        var pendingTheme = PendingTheme.Start(options.ThemeRoot, "/");
        var (content, model, diagnostics) = Index(options, tree);
        var themeProblems = new DiagnosticBag();
        pendingTheme.Finish(content?.Site.BasePath ?? "/", themeProblems);
        if (content is null || model is null)
        {
            return (null, DiagnosticOrder.Sort(diagnostics.Concat(themeProblems.Items)));
        }

        var staticFiles = tree.In("static", null).Select(f => f["static/".Length..]);
        // Links are checked as written, before the base path is put in front of them.
        var warnings = EditorialChecks.Warnings(content, model, MarkdownRenderer.For("/"), staticFiles)
            .Concat(AddressChanges.Check(content.Papers, AddressLedger.Load(LedgerFolder(options))).Warnings);
        return (content, DiagnosticOrder.Sort(diagnostics.Concat(warnings).Concat(themeProblems.Items)));
    }

    /// <summary>Reads, checks, renders and indexes the digest without theme, output or cache: the model of the site.</summary>
    /// <param name="entries">Where the rendered write-ups are kept; the model reads them from there, so a caller that keeps the
    /// model after this returns passes one and disposes it afterwards. Null for a store disposed on return.</param>
    public static (DigestContent? Content, SiteModel? Model, IReadOnlyList<DiagnosticRecord> Diagnostics) Index(BuildOptions options, InputTree? tree = null, EntryCache? entries = null)
    {
        var (content, diagnostics) = DigestLoader.Load(options, tree: tree);
        if (content is null)
        {
            return (null, null, diagnostics);
        }

        using var owned = entries is null ? EntryCache.Uncached() : null;
        var (model, problems) = RenderAndIndex(content, entries ?? owned!);
        return (content, model, DiagnosticOrder.Sort(diagnostics.Concat(problems)));
    }

    /// <summary>Renders every write-up and page (taking unchanged ones from the cache) and indexes the site; no model if any cannot be rendered.</summary>
    private static (SiteModel? Model, IReadOnlyList<DiagnosticRecord> Problems) RenderAndIndex(
        DigestContent content, EntryCache cache, Action<string>? onStage = null)
    {
        onStage?.Invoke($"Rendering {content.Papers.Length} papers");
        var problems = new DiagnosticBag();
        var (papers, pages) = WriteUpRenderer.Render(content.Papers, content.Pages, PaperRenderer.For(content.Site, content.Tags, cache), problems, cache);
        papers = WithFigures(papers, content.Figures);
        onStage?.Invoke("Indexing");
        return problems.HasErrors ? (null, problems.Items) : (SiteIndexer.Build(content.Site, content.Tags, papers, pages, cache.Words, content.Authors), problems.Items);
    }

    /// <summary>
    /// Where the addresses papers were published under are kept: the build cache folder, read also by strict and clean
    /// builds, which ignore the rest of the cache but must still see the history of the site they replace.
    /// </summary>
    private static string LedgerFolder(BuildOptions options) => options.CacheRoot ?? StagedOutput.DefaultCacheFolder(options.OutputRoot);

    /// <summary>
    /// Saves the published addresses once the site is in place, into the build's cache folder (none for a strict build,
    /// which leaves no cache); failing to only costs the next build its warnings.
    /// </summary>
    private static void SaveLedger(AddressLedger? ledger, string? cacheFolder)
    {
        try
        {
            if (cacheFolder is not null)
            {
                ledger?.Save(cacheFolder);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The site is written; the ledger stays as the last build left it.
        }
    }

    /// <summary>The papers with the figures read for them, which pages, cards and social images show.</summary>
    private static System.Collections.Immutable.ImmutableArray<RenderedPaper> WithFigures(
        System.Collections.Immutable.ImmutableArray<RenderedPaper> papers, IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<Figures.FigureImage>> figures) =>
        figures.Count == 0
            ? papers
            : [.. papers.Select(p => figures.TryGetValue(p.Paper.SourcePath.Path, out var read) && !read.IsEmpty ? p with { Shown = p.Shown with { Figures = read } } : p)];

    /// <summary>The options that change what is written, as part of the build stamp.</summary>
    private static string Settings(BuildOptions options) => string.Join('\n',
        options.Today?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        options.IncludeDrafts ? "drafts" : "published",
        options.BaseUrl?.AbsoluteUri ?? "");

    private static Exception Unwrap(Exception ex) =>
        ex is AggregateException aggregate && aggregate.InnerExceptions.Count > 0 ? Unwrap(aggregate.InnerExceptions[0]) : ex;
}
