using PaperDigest.Emitting;
using PaperDigest.Rendering;
using PaperDigest.Theming;
using PaperDigest.Theming.Views;
using PaperDigest.Writing;

namespace PaperDigest.Incremental;

/// <summary>
/// The emitters' way to the output. Each file is given with exactly what it is made from: a page with its view, a
/// file with the input of a static function that makes it. The file's key is derived from that input
/// (<see cref="ContentKey"/>) and from the theme; a file whose key is what it was in the last build, and which is
/// untouched since, is kept without being made again. Files given as finished content are kept when their bytes
/// are the same. Emitters never see a key.
/// </summary>
internal sealed class IncrementalOutput
{
    private readonly StagedOutput staged;
    private readonly Theme theme;
    private readonly ViewFactory views;
    private readonly Fingerprint context;
    private readonly ContentKey keys;
    private readonly MadeFileMemo? memo;
    private int complete;

    /// <param name="themeFiles">The theme's files and the tool's version (<see cref="BuildStamp.ThemeFiles"/>).</param>
    /// <param name="basePath">The path the theme links its assets under.</param>
    /// <param name="shared">Types whose instances are part of many files' inputs (see <see cref="ContentKey(IEnumerable{Type}, int)"/>).</param>
    /// <param name="views">The factory that page-making functions receive; its <see cref="ViewFactory.Context"/> is part of every page's key.</param>
    /// <param name="memo">Files made by earlier builds of this process, for <see cref="Bytes{TInput}"/>, <see cref="Bytes{TInput, TAid}"/> and <see cref="Files{TInput}"/> (tests only).</param>
    /// <param name="expectedShared">About how many instances of the shared types the build's files name (a few a paper).</param>
    /// <param name="entries">The build's entries: those taken unchanged from the build cache bring the keys of their
    /// papers, which are taken instead of read again (<see cref="EntryCache.KnownKeys"/>).</param>
    public IncrementalOutput(StagedOutput staged, Theme theme, ViewFactory views, Fingerprint themeFiles, string basePath, IEnumerable<Type> shared, MadeFileMemo? memo = null, int expectedShared = 0, EntryCache? entries = null)
    {
        this.memo = memo;
        keys = new ContentKey([.. shared, typeof(ViewContext)], expectedShared);
        foreach (var (paper, saved) in entries?.KnownKeys() ?? [])
        {
            keys.Know(paper.Paper, saved.Paper);
            keys.Know(paper.Shown, saved.Shown);
        }

        this.staged = staged;
        this.theme = theme;
        this.views = views;
        // Every file's key starts with what every file is made with besides its own input.
        context = new KeyBuilder("made with").Add(themeFiles).Add(basePath).Build();
    }

    /// <summary>Notes with each entry of <paramref name="entries"/> the keys its paper has in this build's files, for the next build.</summary>
    public void NoteWithEntries(EntryCache entries) => entries.NoteKeys(paper => new EntryKeys(keys.KeyOf(paper.Paper), keys.KeyOf(paper.Shown)));

    /// <summary>Where each page made with a template is noted with what it is made from, for previews in a long-lived process; none if null.</summary>
    public Previewing.PageRecipes? Recipes { get; init; }

    /// <summary>Every HTML page of the new site, for the sitemap; read only once every emitter that adds pages has run.</summary>
    public IReadOnlyCollection<SitemapEntry> Pages => Read(SiteFacts.Pages, staged.Pages);

    /// <summary>Inline <c>style</c> values of the site's files (the e-mail editions), for the Content-Security-Policy; read
    /// only once every emitter that adds them has run.</summary>
    public IEnumerable<string> InlineStyles => Read(SiteFacts.InlineStyles, staged.InlineStyles);

    /// <summary>Marks facts complete: they may be read from now on, and adding to them is an error.</summary>
    public void Complete(SiteFacts facts) => Interlocked.Or(ref complete, (int)facts);

    /// <summary>Where emitters keep what they remember between builds, if the build has a cache.</summary>
    public string? CacheFolder => staged.CacheFolder;

    /// <summary>A page the theme renders from <paramref name="view"/> with the named template, inside the layout.</summary>
    public void Page(string sitePath, string template, object view, PageMeta meta, DateOnly? lastModified = null, bool inSitemap = true)
    {
        Adding(inSitemap ? SiteFacts.Pages : SiteFacts.None);
        Recipes?.Add(sitePath, template, () => new PageContent(view, meta));
        var key = keys.Of("page " + template, context, (view, meta, views.Context));
        if (!staged.KeepPage(sitePath, key, lastModified, inSitemap))
        {
            staged.WritePage(sitePath, theme.RenderPageUtf8(template, view, views.Site, meta), lastModified, inSitemap, key);
        }
    }

    /// <summary>
    /// A page the theme renders with the named template from what <paramref name="make"/> (make it <c>static</c>) makes
    /// of <paramref name="input"/> and the view factory. The key is derived from the input and the factory's context,
    /// so the view is made only for a page that changed: listings of thousands of pages cost little to keep.
    /// </summary>
    public void Page<TInput>(string sitePath, string template, TInput input, Func<ViewFactory, TInput, PageContent> make, DateOnly? lastModified = null, bool inSitemap = true)
    {
        Adding(inSitemap ? SiteFacts.Pages : SiteFacts.None);
        Recipes?.Add(sitePath, template, () => make(views, input));
        var key = keys.Of("made page " + template, context, (input, views.Context));
        if (!staged.KeepPage(sitePath, key, lastModified, inSitemap))
        {
            var page = make(views, input);
            staged.WritePage(sitePath, theme.RenderPageUtf8(template, page.View, views.Site, page.Meta), lastModified, inSitemap, key);
        }
    }

    /// <summary>
    /// A file the theme renders with the named template and no layout (an e-mail edition) from what
    /// <paramref name="make"/> (make it <c>static</c>) makes of <paramref name="input"/> and the view factory; its inline
    /// styles are remembered with it, so the Content-Security-Policy allows them while it is kept. Keyed like
    /// <see cref="Page{TInput}"/>: the view is made only for a file that changed.
    /// </summary>
    public void Rendered<TInput>(string path, string template, TInput input, Func<ViewFactory, TInput, object> make, Func<string, IReadOnlyList<string>> inlineStyles)
    {
        Adding(SiteFacts.InlineStyles);
        var key = keys.Of("made file " + template, context, (input, views.Context));
        if (!staged.Keep(path, key))
        {
            var html = theme.Render(template, make(views, input));
            staged.WriteText(path, html, key, inlineStyles(html));
        }
    }

    /// <summary>
    /// A text file made by <paramref name="make"/> (make it <c>static</c>) from <paramref name="input"/> and the view
    /// factory, with the theme's templates to render without the layout if it needs them (a feed whose items are
    /// e-mail editions).
    /// </summary>
    public void Text<TInput>(string path, TInput input, Func<Func<string, object, string>, ViewFactory, TInput, string> make)
    {
        var key = keys.Of("made text", context, (input, views.Context));
        if (!staged.Keep(path, key))
        {
            staged.WriteText(path, make(theme.Render, views, input), key);
        }
    }

    /// <summary>A text file made by <paramref name="make"/> from <paramref name="input"/> alone (make it <c>static</c>).</summary>
    public void Text<TInput>(string path, TInput input, Func<TInput, string> make)
    {
        var key = keys.Of("text", context, input);
        if (!staged.Keep(path, key))
        {
            staged.WriteText(path, make(input), key);
        }
    }

    /// <summary>A file made by <paramref name="make"/> from <paramref name="input"/> alone (make it <c>static</c>).</summary>
    public void Bytes<TInput>(string path, TInput input, Func<TInput, byte[]> make) =>
        Bytes(path, input, make, static (x, make) => make(x));

    /// <summary>
    /// A file made by <paramref name="make"/> (make it <c>static</c>) from <paramref name="input"/> alone, with
    /// <paramref name="aid"/>: something that only spares work (HTML several files share), with which the file is the
    /// same as without it. What the file is made from is <paramref name="input"/>; the aid is not read for it.
    /// </summary>
    public void Bytes<TInput, TAid>(string path, TInput input, TAid aid, Func<TInput, TAid, byte[]> make)
    {
        var key = keys.Of("bytes", context, input);
        if (!staged.Keep(path, key))
        {
            staged.WriteBytes(path, memo is null ? make(input, aid) : memo.Files([path], input, x => [make(x, aid)])[0], key);
        }
    }

    /// <summary>
    /// Files made together by <paramref name="make"/> (make it <c>static</c>) from <paramref name="input"/> alone, in the
    /// order of <paramref name="paths"/>: all kept when each is what the last build made from the same input, else all
    /// made, so one costly step (decoding an image) serves them all.
    /// </summary>
    /// <returns>Whether they were made.</returns>
    public bool Files<TInput>(IReadOnlyList<string> paths, TInput input, Func<TInput, IReadOnlyList<byte[]>> make)
    {
        var key = keys.Of("files", context, input);
        if (paths.All(p => staged.CanKeep(p, key)))
        {
            foreach (var path in paths)
            {
                staged.Keep(path, key);
            }

            return false;
        }

        var made = memo is null ? make(input) : memo.Files(paths, input, make);
        for (var i = 0; i < paths.Count; i++)
        {
            staged.WriteBytes(paths[i], made[i], key);
        }

        return true;
    }

    /// <summary>A file already made; kept as it is when its bytes are those of the last build.</summary>
    public void Text(string path, string text) => staged.WriteText(path, text);

    /// <inheritdoc cref="Text(string, string)"/>
    public void Bytes(string path, ReadOnlySpan<byte> bytes) => staged.WriteBytes(path, bytes);

    /// <summary>
    /// Whether the search index's file <paramref name="path"/> can be kept, made from what the index says it is made
    /// from (<paramref name="madeFrom"/>, its key): the index is built from the entries' terms kept between builds
    /// (<see cref="SearchIndexCache"/>) and names its files by content.
    /// </summary>
    public bool CanKeepMadeFrom(string path, Fingerprint madeFrom) => staged.CanKeep(path, madeFrom);

    /// <inheritdoc cref="CanKeepMadeFrom"/>
    public bool KeepMadeFrom(string path, Fingerprint madeFrom) => staged.Keep(path, madeFrom);

    /// <summary>A search index file with the key the index gives it.</summary>
    public void Bytes(string path, ReadOnlySpan<byte> bytes, Fingerprint key) => staged.WriteBytes(path, bytes, key);

    /// <summary>An HTML page already made (a redirect), kept as it is when its bytes are those of the last build.</summary>
    public void PageHtml(string sitePath, string html, bool inSitemap)
    {
        Adding(inSitemap ? SiteFacts.Pages : SiteFacts.None);
        staged.WritePage(sitePath, html, inSitemap: inSitemap);
    }

    private T Read<T>(SiteFacts fact, T value) =>
        (Volatile.Read(ref complete) & (int)fact) != 0 ? value
        : throw new InvalidOperationException($"{fact} read before every emitter that adds it has run; declare it in the reader's Reads");

    private void Adding(SiteFacts facts)
    {
        if ((Volatile.Read(ref complete) & (int)facts) != 0)
        {
            throw new InvalidOperationException($"{facts} added after they were complete and read; declare it in the emitter's Adds");
        }
    }
}
