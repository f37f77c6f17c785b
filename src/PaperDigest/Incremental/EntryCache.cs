using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Indexing;
using PaperDigest.Rendering;

namespace PaperDigest.Incremental;

/// <summary>
/// Every entry as parsed and rendered: by the last build (so an unchanged entry file is neither read, parsed nor
/// rendered again), and by this one as it goes. Trusted only under the same <see cref="Rules"/>: the fingerprint of
/// what else parsing and rendering depend on (site.yml, tags.yml, the day of the build, drafts, the version of
/// PaperDigest). Entries with errors are never cached. It owns the build's <see cref="WriteUpStore"/> (the rendered
/// write-ups, on disk) and <see cref="WordPool"/>. Safe to use from many threads.
/// </summary>
internal sealed class EntryCache : IDisposable
{
    private const string Kind = "paperdigest-entry-cache-13";
    private const string FileName = "entries.cache";
    private const string StorePrefix = "writeups-";
    private const string StoreSuffix = ".store";

    /// <summary>A store is rewritten with only the write-ups still in use once the rest outgrows them and this.</summary>
    private const long CompactAbove = 1 << 20;

    /// <summary>The word table is renumbered to the words in use once it has grown past twice those and this.</summary>
    private const int RenumberAbove = 4096;

    private readonly string? folder;
    private readonly ConcurrentDictionary<string, (Fingerprint Source, IReadOnlyList<Diagnostic> Warnings)> parsed = new(StringComparer.Ordinal);
    // The latest rendering of each entry file: from the saved file, or from this build or one before it in this process.
    // One is taken only while its file is what it was made from (see sources).
    private readonly ConcurrentDictionary<string, CachedEntry> entries;
    private IReadOnlyDictionary<string, Fingerprint> sources;

    // The saved file as it was read, and the entries read from it: an entry still the very one read is copied from it.
    private SavedEntryFile? saved;
    private IReadOnlyDictionary<string, CachedEntry> loaded;

    private EntryCache(
        string? folder,
        Fingerprint rules,
        WriteUpStore store,
        WordPool words,
        IReadOnlyDictionary<string, CachedEntry> previous,
        IReadOnlyDictionary<string, Fingerprint> sources,
        SavedEntryFile? saved = null)
    {
        this.folder = folder;
        Rules = rules;
        Store = store;
        Words = words;
        entries = new ConcurrentDictionary<string, CachedEntry>(previous, StringComparer.Ordinal);
        this.sources = sources;
        this.saved = saved;
        loaded = previous;
    }

    public Fingerprint Rules { get; private set; }

    /// <summary>Where this build's write-ups go, and the cached ones are read from.</summary>
    public WriteUpStore Store { get; }

    /// <summary>One string per distinct word of the digest, for the word counts and search terms of every paper.</summary>
    public WordPool Words { get; }

    /// <summary>A cache of this build only: it remembers nothing from before and saves nothing; its store is temporary.</summary>
    public static EntryCache Uncached() =>
        new(null, Fingerprint.None, WriteUpStore.Temporary(), new WordPool(), new Dictionary<string, CachedEntry>(), new Dictionary<string, Fingerprint>());

    /// <summary>The cache in <paramref name="folder"/>, trusted if written under <paramref name="rules"/>.</summary>
    /// <param name="roots">The input and theme folders as this build was given them, which the entries' messages name their files by.</param>
    /// <param name="sources">The fingerprint of every entry file now, by its path inside the input folder.</param>
    /// <param name="forget">Start afresh (a clean build), still saving what this build renders.</param>
    public static EntryCache Load(string folder, SourceRoots roots, Fingerprint rules, IReadOnlyDictionary<string, Fingerprint> sources, bool forget = false)
    {
        var words = new WordPool();
        var loaded = forget ? null : Read(folder, roots, rules, words);
        var store = loaded?.Store ?? NewStore(folder);
        return new EntryCache(folder, rules, store, words, loaded?.Entries ?? new Dictionary<string, CachedEntry>(), sources, loaded?.File);
    }

    /// <summary>
    /// Readies the cache for another build of a long-lived process, which keeps it in memory instead of saving and loading
    /// it: every entry parsed and rendered before, still from the same file and under the same <paramref name="rules"/>,
    /// may be taken. Not while a build uses the cache.
    /// </summary>
    /// <param name="sources">The fingerprint of every entry file now, by its path inside the input folder.</param>
    public void Continue(Fingerprint rules, IReadOnlyDictionary<string, Fingerprint> sources)
    {
        if (rules != Rules)
        {
            entries.Clear();
        }

        parsed.Clear();
        Rules = rules;
        this.sources = sources;
    }

    /// <summary>The size of the saved cache in <paramref name="folder"/>, or -1 if there is none.</summary>
    public static long SavedLength(string folder) => SavedEntryFile.StampOf(Path.Combine(folder, FileName)).Length;

    /// <summary>The cached entry for this file (by its path inside the input folder) if the file and the rules are unchanged.</summary>
    public CachedEntry? Find(string relativePath) =>
        entries.TryGetValue(relativePath, out var entry) && InUse(relativePath, entry) ? entry : null;

    /// <summary>The rendering of <paramref name="paper"/> if this very paper came from <see cref="Find"/> or was rendered as it was read.</summary>
    public RenderedPaper? RenderedFor(Paper paper) =>
        entries.TryGetValue(paper.SourcePath.Path, out var entry) && ReferenceEquals(entry.Rendered.Paper, paper) ? entry.Rendered : null;

    /// <summary>How many entries this build parsed afresh rather than took from the cache.</summary>
    public int ParsedAfresh => parsed.Count;

    /// <summary>Notes an entry parsed afresh and its warnings, to cache once it is rendered.</summary>
    public void Parsed(Paper paper, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (!diagnostics.Any(d => d.IsError) && sources.TryGetValue(paper.SourcePath.Path, out var source))
        {
            parsed[paper.SourcePath.Path] = (source, diagnostics);
        }
    }

    /// <summary>Notes a paper rendered afresh: kept for this build, and saved if its entry was noted by <see cref="Parsed"/>.</summary>
    /// <param name="rendered">The paper.</param>
    /// <param name="renderWarnings">Warnings of rendering not already among those noted by <see cref="Parsed"/>, saved with them.</param>
    public void Add(RenderedPaper rendered, IReadOnlyList<Diagnostic>? renderWarnings = null)
    {
        var (source, warnings) = parsed.TryGetValue(rendered.Paper.SourcePath.Path, out var entry) ? entry : (Fingerprint.None, []);
        entries[rendered.Paper.SourcePath.Path] = new CachedEntry(source, rendered, renderWarnings is { Count: > 0 } ? [.. warnings, .. renderWarnings] : warnings);
    }

    /// <summary>
    /// Notes the keys of every entry in use that has none yet (those rendered afresh), as <paramref name="keysOf"/> gives
    /// them, so that they are saved with it and given to the next build by <see cref="KnownKeys"/>.
    /// </summary>
    public void NoteKeys(Func<RenderedPaper, EntryKeys> keysOf)
    {
        foreach (var (path, entry) in entries)
        {
            if (entry.Keys.IsNone && InUse(path, entry))
            {
                entries.TryUpdate(path, entry with { Keys = keysOf(entry.Rendered) }, entry);
            }
        }
    }

    /// <summary>
    /// The entries in use whose keys an earlier build noted: their paper and the paper as shown are the very instances
    /// this build takes, with the content they were keyed from.
    /// </summary>
    public IEnumerable<(RenderedPaper Rendered, EntryKeys Keys)> KnownKeys() =>
        entries.Where(e => !e.Value.Keys.IsNone && InUse(e.Key, e.Value)).Select(e => (e.Value.Rendered, e.Value.Keys));

    private bool InUse(string path, CachedEntry entry) =>
        !Rules.IsNone && sources.TryGetValue(path, out var source) && entry.Source.Matches(source);

    /// <summary>
    /// Writes the entries of this build for the next one. Words keep the pool's numbers, so an entry the last build
    /// saved and this one took unchanged is copied byte for byte from the saved file; the rest are written out. The
    /// store is rewritten first if most of it is no longer used, and the words are renumbered once most of the table
    /// is no longer used; either way, every entry is written out.
    /// </summary>
    /// <param name="compact">Rewrite the store if most of it is unused; not while the cache is still in use, as the
    /// rewritten store is not the one its entries read from.</param>
    public void Save(bool compact = true)
    {
        if (folder is null || Rules.IsNone)
        {
            return;
        }

        var saving = entries.Values.Where(e => sources.TryGetValue(e.Rendered.Paper.SourcePath.Path, out var source) && e.Source.Matches(source))
            .OrderBy(e => e.Rendered.Paper.SourcePath.Path, StringComparer.Ordinal).ToList();
        var live = saving.Sum(e => e.Rendered.Html.Store == Store ? (long)e.Rendered.Html.Length : 0);
        using var compacted = compact && Store.Length > 2 * live + CompactAbove
            ? NewStore(folder)
            : null;
        var store = compacted ?? Store;
        for (var i = 0; i < saving.Count; i++)
        {
            var html = saving[i].Rendered.Html;
            if (html.Store != store)
            {
                var moved = saving[i].Rendered;
                saving[i] = saving[i] with { Rendered = moved with { Shown = moved.Shown with { Html = store.Add(html.Read(), html.Urls) } } };
            }
        }

        var copyFrom = compacted is null && saved is not null && Words.Count <= (2 * saved.WordsInUse) + RenumberAbove ? saved : null;
        var (table, numbers, inUse) = copyFrom is null ? Renumbered(saving) : (Words.Words.ToArray(), null, copyFrom.WordsInUse);
        var path = Path.Combine(folder, FileName);
        using var source = copyFrom?.OpenIfUnchanged(path);
        CacheFile.Save(path, Kind, writer =>
        {
            writer.Write(Rules);
            writer.Write(Path.GetFileName(store.Path));
            writer.Write(store.Id);
            writer.Write(store.Length);
            writer.Write(inUse);
            writer.Write(table.Length);
            foreach (var word in table)
            {
                writer.Write(word);
            }

            writer.Write(saving.Count);
            var copier = new ByteRangeCopier(source, writer.BaseStream);
            foreach (var entry in saving)
            {
                var key = entry.Rendered.Paper.SourcePath.Path;
                if (source is not null && loaded.TryGetValue(key, out var old) && ReferenceEquals(old, entry) && copyFrom!.Ranges.TryGetValue(key, out var range))
                {
                    copier.Add(range);
                    continue;
                }

                copier.Flush();
                writer.Write(entry.Source);
                Write(writer, entry.Rendered, numbers);
                writer.Write(entry.Warnings);
                writer.Write(entry.Keys.Paper);
                writer.Write(entry.Keys.Shown);
            }

            copier.Flush();
        });

        // The file is this one now: a later save (of a cache still in use) writes every entry out.
        saved = null;
        loaded = new Dictionary<string, CachedEntry>();

        // Stores the saved cache no longer names: replaced by compaction, or left by a build that did not finish.
        foreach (var stale in Directory.EnumerateFiles(folder, StorePrefix + "*" + StoreSuffix))
        {
            try
            {
                if (Path.GetFileName(stale) != Path.GetFileName(store.Path))
                {
                    File.Delete(stale);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Still open (on Windows, this build's own store before compaction): the next build deletes it.
            }
        }
    }

    /// <summary>A word table of only the words the entries use, and each pool number's place in it (-1 if unused).</summary>
    private (string[] Table, int[] Numbers, int InUse) Renumbered(List<CachedEntry> entries)
    {
        var numbers = new int[Words.Count];
        Array.Fill(numbers, -1);
        var table = new List<string>();
        foreach (var entry in entries)
        {
            foreach (var id in entry.Rendered.Terms.Words)
            {
                Number(id);
            }

            foreach (var id in entry.Rendered.Search.Terms)
            {
                Number(id);
            }
        }

        return ([.. table], numbers, table.Count);

        void Number(int id)
        {
            if (numbers[id] < 0)
            {
                numbers[id] = table.Count;
                table.Add(Words[id]);
            }
        }
    }

    public void Dispose() => Store.Dispose();

    /// <summary>An empty store under a new name, so the one the saved cache names is never overwritten.</summary>
    private static WriteUpStore NewStore(string folder) =>
        WriteUpStore.Create(Path.Combine(folder, StorePrefix + Guid.NewGuid().ToString("N")[..12] + StoreSuffix));

    /// <summary>The saved cache, its store, and where each entry lies in the file; the pool numbers words as the file does.</summary>
    private static Loaded? Read(string folder, SourceRoots roots, Fingerprint rules, WordPool pool)
    {
        if (rules.IsNone)
        {
            return null;
        }

        var path = Path.Combine(folder, FileName);
        var stamp = SavedEntryFile.StampOf(path);
        WriteUpStore? store = null;
        var loaded = CacheFile.Load(path, Kind, reader =>
        {
            if (reader.ReadFingerprint() != rules)
            {
                return null;
            }

            var (name, id, end) = (reader.ReadString(), reader.ReadString(), reader.ReadInt64());
            if (name.Contains('/') || name.Contains('\\') || (store = WriteUpStore.Open(Path.Combine(folder, name), id, end)) is null)
            {
                return null;
            }

            var inUse = reader.ReadInt32();
            var wordCount = reader.ReadInt32();
            for (var i = 0; i < wordCount; i++)
            {
                // The pool is new, so it numbers the table's words as the table does (unless the file repeats one).
                if (pool.Id(reader.ReadString()) != i)
                {
                    return null;
                }
            }

            var entries = new Dictionary<string, CachedEntry>(StringComparer.Ordinal);
            var ranges = new Dictionary<string, (long Start, long End)>(StringComparer.Ordinal);
            var stream = reader.BaseStream;
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var start = stream.Position;
                var source = reader.ReadFingerprint();
                var rendered = ReadRendered(reader, store, wordCount, roots);
                var key = rendered.Paper.SourcePath.Path;
                var warnings = reader.ReadWarnings(roots);
                entries[key] = new CachedEntry(source, rendered, warnings, new EntryKeys(reader.ReadFingerprint(), reader.ReadFingerprint()));
                ranges[key] = (start, stream.Position);
            }

            return new Loaded(store, entries, new SavedEntryFile(stamp, inUse, ranges));
        });
        if (loaded is null)
        {
            store?.Dispose();
        }

        return loaded;
    }

    /// <param name="numbers">Each pool number's place in the saved word table, or null if it is the same.</param>
    private static void Write(BinaryWriter writer, RenderedPaper rendered, int[]? numbers)
    {
        var paper = rendered.Paper;
        writer.Write(paper.SourcePath);
        writer.Write(paper.Slug);
        writer.Write(paper.Title);
        WriteAuthors(writer, paper.Authors);
        writer.Write(paper.Date.DayNumber);
        writer.WriteStrings(paper.Tags);
        WriteOptional(writer, paper.Arxiv);
        WriteOptional(writer, paper.Doi);
        writer.Write(paper.Published?.DayNumber ?? -1);
        writer.Write(paper.Updated?.DayNumber ?? -1);
        WriteVenue(writer, paper.Venue);
        WriteOptional(writer, paper.Tldr);
        WriteOptional(writer, paper.Links.Pdf?.OriginalString);
        WriteOptional(writer, paper.Links.Code?.OriginalString);
        WriteOptional(writer, paper.Links.Project?.OriginalString);
        WriteOptional(writer, paper.Links.Data?.OriginalString);
        writer.Write(paper.Featured);
        writer.Write(paper.Draft);
        writer.WriteStrings(paper.Aliases);
        writer.Write(paper.BodyLine);
        writer.Write(paper.Locations.Slug);
        writer.Write(paper.Locations.Arxiv);
        writer.Write(paper.Locations.Doi);
        writer.Write(paper.Locations.Aliases.Length);
        foreach (var alias in paper.Locations.Aliases)
        {
            writer.Write(alias);
        }

        writer.Write(paper.Locations.Authors);

        writer.Write(paper.Scheduled);
        writer.Write(paper.ExplicitSlug);
        writer.Write(paper.Figures.Length);
        foreach (var figure in paper.Figures)
        {
            writer.Write(figure.File);
            writer.Write(figure.Alt);
            WriteOptional(writer, figure.Caption);
            writer.Write(figure.Location);
        }

        writer.Write(rendered.Html.Offset);
        writer.Write(rendered.Html.Length);
        writer.Write(rendered.Html.Identity.High);
        writer.Write(rendered.Html.Identity.Low);
        writer.Write(rendered.Html.Urls.Count);
        writer.Write(MemoryMarshal.AsBytes(rendered.Html.Urls.Marks.AsSpan()));
        writer.Write(rendered.Html.HasMath);
        writer.Write(rendered.Summary);
        WriteWords(writer, rendered.Terms.Words, numbers);
        writer.Write(MemoryMarshal.AsBytes(rendered.Terms.Counts.AsSpan()));
        WriteWords(writer, rendered.Search.Terms, numbers);
        foreach (var field in rendered.Search.Fields)
        {
            writer.Write((byte)field);
        }
    }

    /// <summary>Word numbers as a count and the raw little-endian integers, read back by <see cref="ReadInts"/>.</summary>
    private static void WriteWords(BinaryWriter writer, ImmutableArray<int> ids, int[]? numbers)
    {
        writer.Write(ids.Length);
        if (numbers is null)
        {
            writer.Write(MemoryMarshal.AsBytes(ids.AsSpan()));
            return;
        }

        foreach (var id in ids)
        {
            writer.Write(numbers[id]);
        }
    }

    /// <summary><paramref name="count"/> integers in one read; each below <paramref name="bound"/> if one is given.</summary>
    private static int[] ReadInts(BinaryReader reader, int count, int bound = int.MaxValue)
    {
        var values = new int[count];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        foreach (var value in values)
        {
            if ((uint)value >= (uint)bound)
            {
                throw new FormatException("a word number outside the word table");
            }
        }

        return values;
    }

    /// <param name="wordCount">The size of the cache's word table, which the pool numbers alike.</param>
    /// <param name="roots">The input and theme folders as this build was given them.</param>
    private static RenderedPaper ReadRendered(BinaryReader reader, WriteUpStore store, int wordCount, SourceRoots roots)
    {
        var (sourcePath, slug, title) = (reader.ReadSourcePath(roots), reader.ReadString(), reader.ReadString());
        var authors = ReadAuthors(reader);
        var date = DateOnly.FromDayNumber(reader.ReadInt32());
        var tags = reader.ReadStrings();
        var (arxiv, doi) = (ReadOptional(reader), ReadOptional(reader));
        var publishedDay = reader.ReadInt32();
        var updatedDay = reader.ReadInt32();
        var (venue, tldr) = (ReadVenue(reader), ReadOptional(reader));
        var links = new PaperLinks(ReadUri(reader), ReadUri(reader), ReadUri(reader), ReadUri(reader));
        var (featured, draft) = (reader.ReadBoolean(), reader.ReadBoolean());
        var aliases = reader.ReadStrings();
        var bodyLine = reader.ReadInt32();
        var (slugAt, arxivAt, doiAt) = (reader.ReadLocation(roots), reader.ReadLocation(roots), reader.ReadLocation(roots));
        var aliasesAt = ImmutableArray.CreateBuilder<SourceLocation>();
        for (var n = reader.ReadInt32(); n > 0; n--)
        {
            aliasesAt.Add(reader.ReadLocation(roots));
        }

        var authorsAt = reader.ReadLocation(roots);
        var (scheduled, explicitSlug) = (reader.ReadBoolean(), reader.ReadBoolean());
        var figures = ImmutableArray.CreateBuilder<Figure>();
        for (var n = reader.ReadCount(); n > 0; n--)
        {
            figures.Add(new Figure(reader.ReadString(), reader.ReadString(), ReadOptional(reader), reader.ReadLocation(roots)));
        }

        var paper = new Paper(sourcePath, slug, title, authors, date, tags, arxiv, doi,
            publishedDay < 0 ? null : DateOnly.FromDayNumber(publishedDay), venue, tldr, links, featured, draft, aliases, "", bodyLine,
            new EntryLocations(slugAt, arxivAt, doiAt, aliasesAt.ToImmutable()) { Authors = authorsAt })
        {
            Scheduled = scheduled,
            ExplicitSlug = explicitSlug,
            Updated = updatedDay < 0 ? null : DateOnly.FromDayNumber(updatedDay),
            Figures = figures.ToImmutable(),
        };
        var (offset, length, identity) = (reader.ReadInt64(), reader.ReadInt32(), new Fingerprint(reader.ReadUInt64(), reader.ReadUInt64()));
        var urls = ReadInts(reader, reader.ReadInt32());
        // The HTML is no longer in UTF-16 units than in UTF-8 bytes, so no URL the renderer noted starts past this.
        if (urls.Any(mark => (uint)(mark >> 1) > (uint)length))
        {
            throw new FormatException("a write-up URL past the end of its HTML");
        }

        var html = new WriteUpHtml(store, offset, length, identity, new Rendering.Links.RelativeUrls(AsImmutable(urls)), reader.ReadBoolean());
        var summary = reader.ReadString();
        var counted = ReadInts(reader, reader.ReadInt32(), wordCount);
        var counts = ReadInts(reader, counted.Length);
        var terms = ReadInts(reader, reader.ReadInt32(), wordCount);
        var fields = new Search.SearchField[terms.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = (Search.SearchField)reader.ReadByte();
        }

        return new RenderedPaper(
            paper, html, summary, new TermCounts(AsImmutable(counted), AsImmutable(counts)),
            new Search.SearchTerms(AsImmutable(terms), AsImmutable(fields)));
    }

    /// <summary>What <see cref="Read"/> found: the store the entries' write-ups are in, the entries, and where each lies in the file.</summary>
    private sealed record Loaded(WriteUpStore Store, Dictionary<string, CachedEntry> Entries, SavedEntryFile File);

    private static ImmutableArray<T> AsImmutable<T>(T[] values) => ImmutableCollectionsMarshal.AsImmutableArray(values);

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void WriteAuthors(BinaryWriter writer, AuthorList authors)
    {
        writer.Write(authors.Count);
        foreach (var author in authors)
        {
            writer.Write(author.Name);
            WriteOptional(writer, author.Orcid);
            WriteOptional(writer, author.Url?.OriginalString);
            WriteOptional(writer, author.Id);
        }

        writer.Write(authors.Incomplete);
    }

    private static AuthorList ReadAuthors(BinaryReader reader)
    {
        var count = reader.ReadCount();
        var authors = ImmutableArray.CreateBuilder<Author>(count);
        for (var i = 0; i < count; i++)
        {
            authors.Add(new Author(reader.ReadString(), ReadOptional(reader), ReadUri(reader)) { Id = ReadOptional(reader) });
        }

        return new AuthorList(authors.MoveToImmutable(), reader.ReadBoolean());
    }

    private static void WriteVenue(BinaryWriter writer, Venue? venue)
    {
        writer.Write(venue is not null);
        if (venue is null)
        {
            return;
        }

        writer.Write(venue.Name);
        writer.Write(venue.Kind is { } kind ? (int)kind : -1);
        WriteOptional(writer, venue.Volume);
        WriteOptional(writer, venue.Issue);
        WriteOptional(writer, venue.Pages);
        writer.Write(venue.Year ?? -1);
        WriteOptional(writer, venue.Publisher);
        WriteOptional(writer, venue.Url?.OriginalString);
    }

    private static Venue? ReadVenue(BinaryReader reader)
    {
        if (!reader.ReadBoolean())
        {
            return null;
        }

        var name = reader.ReadString();
        var kind = reader.ReadInt32();
        if (kind != -1 && !Enum.IsDefined((VenueKind)kind))
        {
            throw new FormatException("an unknown venue kind");
        }

        var (volume, issue, pages) = (ReadOptional(reader), ReadOptional(reader), ReadOptional(reader));
        var year = reader.ReadInt32();
        return new Venue(name, kind < 0 ? null : (VenueKind)kind, volume, issue, pages, year < 0 ? null : year, ReadOptional(reader), ReadUri(reader));
    }

    private static Uri? ReadUri(BinaryReader reader) => ReadOptional(reader) is { } text ? new Uri(text, UriKind.Absolute) : null;
}
