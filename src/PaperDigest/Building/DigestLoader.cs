using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Figures;
using PaperDigest.Incremental;
using PaperDigest.Parsing;
using PaperDigest.Reading;
using PaperDigest.Rendering;
using PaperDigest.Validation;

namespace PaperDigest.Building;

/// <summary>
/// The read, parse and validate stages: reads <c>site.yml</c>, <c>tags.yml</c>, the optional <c>authors.yml</c>, every entry (in parallel) and
/// every page, and reports all diagnostics of the run. Writes nothing; <c>check</c> uses it alone.
/// </summary>
internal static class DigestLoader
{
    /// <param name="cache">Entries the last build parsed; an unchanged entry file is taken from it unread.</param>
    /// <param name="renderAsRead">
    /// Render each entry as soon as it is parsed, into <paramref name="cache"/>, and keep the entry without its Markdown:
    /// a build then never holds every write-up's Markdown at once. Markdown that cannot be rendered is reported here.
    /// </param>
    /// <param name="tree">The input folder's files and problems, if already scanned (see <see cref="BuildStamp.Input"/>).</param>
    /// <param name="configs">site.yml and tags.yml as parsed before, if kept: parsed again only if changed.</param>
    /// <param name="decodeFigures">Decode every figure to find damaged ones (<c>check</c>); a build decodes only those it makes files of.</param>
    public static (DigestContent? Content, IReadOnlyList<Diagnostic> Diagnostics) Load(
        BuildOptions options, EntryCache? cache = null, bool renderAsRead = false, InputTree? tree = null, ParsedConfigs? configs = null, bool decodeFigures = true)
    {
        var input = options.InputRoot;
        tree ??= InputTree.Scan(input);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(tree.Problems);
        diagnostics.AddRange(IgnoredEntryFiles.Warnings(tree));
        var site = ReadConfig(input, "site.yml", SiteConfigParser.Parse, diagnostics, configs);
        if (site is not null && options.BaseUrl is not null)
        {
            site = site with { BaseUrl = options.BaseUrl };
        }

        var tags = ReadConfig(input, "tags.yml", TagRegistryParser.Parse, diagnostics, configs);
        var authors = FileSystemEntries.KindOf(Path.Combine(input, AuthorRegistryParser.FileName)) == FileKind.Missing
            ? AuthorRegistry.Empty
            : ReadConfig(input, AuthorRegistryParser.FileName, AuthorRegistryParser.Parse, diagnostics, configs);

        var today = options.Today ?? TodayIn(site);
        var rules = new EntryRules(tags ?? new TagRegistry([]), today, options.IncludeDrafts);
        var renderer = renderAsRead && cache is not null && site is not null && tags is not null ? PaperRenderer.For(site, tags, cache) : null;

        var files = tree.In("papers", ".md");
        var parsed = new Paper?[files.Count];
        var bags = new DiagnosticBag[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var bag = bags[i] = new DiagnosticBag();
            if (cache?.Find(files[i]) is { } cached)
            {
                parsed[i] = cached.Rendered.Paper;
                bag.AddRange(cached.Warnings);
                return;
            }

            var source = InputReader.Read(input, files[i], bag);
            parsed[i] = source is null ? null : PaperParser.Parse(source, rules, bag);
            if (parsed[i] is not { } paper)
            {
                return;
            }

            // Drafts and scheduled entries are rendered only when the build shows them.
            if (renderer is not null && !bag.HasErrors && (options.IncludeDrafts || (!paper.Draft && !paper.Scheduled)))
            {
                var rendered = renderer.Render(paper, bag);
                if (rendered is null)
                {
                    return;
                }

                parsed[i] = rendered.Paper;
                // The warnings of rendering are saved with the entry, so a rebuild from the cache reports them too.
                cache!.Parsed(rendered.Paper, bag.Items);
                cache.Add(rendered);
                return;
            }

            cache?.Parsed(paper, bag.Items);
        });

        foreach (var bag in bags)
        {
            // Without a tag registry every tag looks unknown; the tags.yml diagnostic already says why.
            diagnostics.AddRange(tags is null ? bag.Items.Where(d => d.Code != DiagnosticCodes.UnknownTag) : bag.Items);
        }

        var papers = parsed.OfType<Paper>().ToImmutableArray();
        diagnostics.AddRange(DigestValidator.Validate(papers));
        if (authors is not null)
        {
            diagnostics.AddRange(AuthorChecks.Check(papers, authors));
        }

        // Figures are read apart from their entries, whose cache does not know the image files.
        var figures = FigureReader.Read(tree, papers, diagnostics, decodeFigures);

        var pages = ImmutableArray.CreateBuilder<FreePage>();
        foreach (var file in tree.In("pages", ".md"))
        {
            var source = InputReader.Read(input, file, diagnostics);
            if (source is not null && FreePageParser.Parse(source, diagnostics) is { } page)
            {
                pages.Add(page);
            }
        }

        // A refused site.yml or tags.yml is both a problem of the tree and a failed read: say it once.
        var sorted = DiagnosticOrder.Sort(diagnostics.Items.Distinct());
        if (diagnostics.HasErrors || site is null || tags is null || authors is null)
        {
            return (null, sorted);
        }

        var visible = options.IncludeDrafts ? papers : [.. papers.Where(p => !p.Draft && !p.Scheduled)];
        return (new DigestContent(site, tags, visible, pages.ToImmutable()) { Authors = authors, Figures = figures }, sorted);
    }

    /// <summary>
    /// <c>site.yml</c> with the options' base URL, read ahead of <see cref="Load"/> for what a build needs before the
    /// entries (the day of the build, the base path); null if it is missing or invalid, which <see cref="Load"/> reports.
    /// </summary>
    public static SiteConfig? ReadSite(BuildOptions options, ParsedConfigs? configs = null)
    {
        var site = FileSystemEntries.KindOf(Path.Combine(options.InputRoot, "site.yml")) != FileKind.Missing ? ReadConfig(options.InputRoot, "site.yml", SiteConfigParser.Parse, new DiagnosticBag(), configs) : null;
        return site is not null && options.BaseUrl is not null ? site with { BaseUrl = options.BaseUrl } : site;
    }

    /// <summary>The day of the build in the digest's time zone (UTC without a valid site.yml): entries dated after it are scheduled.</summary>
    public static DateOnly TodayIn(SiteConfig? site) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, site?.TimeZone ?? TimeZoneInfo.Utc).DateTime);

    /// <summary>Reads site.yml or tags.yml with its parser, reporting a missing file.</summary>
    internal static T? ReadConfig<T>(string input, string name, Func<SourceFile, DiagnosticBag, T?> parse, DiagnosticBag diagnostics, ParsedConfigs? configs = null)
        where T : class
    {
        if (FileSystemEntries.KindOf(Path.Combine(input, name)) == FileKind.Missing)
        {
            diagnostics.Error(SourceLocation.StartOf(SourcePath.InInput(input, name)), DiagnosticCodes.MissingInput,
                $"{name} is missing; every digest has one (see the README)");
            return null;
        }

        var source = InputReader.Read(input, name, diagnostics);
        return source is null ? null : configs is null ? parse(source, diagnostics) : configs.Parse(source, parse, diagnostics);
    }
}
