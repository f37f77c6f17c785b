using System.Collections.Concurrent;
using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Indexing;
using PaperDigest.Rendering;

namespace PaperDigest.Incremental;

/// <summary>
/// Every entry as parsed and rendered by the last build, so an unchanged entry file is neither read, parsed nor
/// rendered again. Trusted only under the same <see cref="Rules"/>: the fingerprint of what else parsing and
/// rendering depend on (site.yml, tags.yml, the day of the build, drafts, the version of PaperDigest).
/// Entries with errors are never cached. Safe to use from many threads.
/// </summary>
public sealed class EntryCache
{
    private const string Kind = "paperdigest-entry-cache-2";
    private const string FileName = "entries.cache";

    private readonly IReadOnlyDictionary<string, CachedEntry> previous;
    private readonly ConcurrentDictionary<string, (Fingerprint Source, IReadOnlyList<Diagnostic> Warnings)> parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CachedEntry> next = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, Fingerprint> sources;

    private EntryCache(Fingerprint rules, IReadOnlyDictionary<string, CachedEntry> previous, IReadOnlyDictionary<string, Fingerprint> sources)
    {
        Rules = rules;
        this.previous = previous;
        this.sources = sources;
    }

    public Fingerprint Rules { get; }

    /// <summary>A cache that remembers nothing and saves nothing.</summary>
    public static EntryCache None { get; } = new(Fingerprint.None, new Dictionary<string, CachedEntry>(), new Dictionary<string, Fingerprint>());

    public static EntryCache Load(string folder, Fingerprint rules, IReadOnlyDictionary<string, Fingerprint> sources) =>
        new(rules, Read(Path.Combine(folder, FileName), rules), sources);

    /// <summary>The cached entry for this file if the file and the rules are unchanged.</summary>
    public CachedEntry? Find(string displayPath) =>
        !Rules.IsNone && previous.TryGetValue(displayPath, out var entry) && sources.TryGetValue(displayPath, out var source) && entry.Source.Matches(source)
            ? Remember(displayPath, entry)
            : null;

    /// <summary>The cached rendering of <paramref name="paper"/> if <see cref="Find"/> gave this very paper.</summary>
    public RenderedPaper? RenderedFor(Paper paper) =>
        next.TryGetValue(paper.SourcePath, out var entry) && ReferenceEquals(entry.Rendered.Paper, paper) ? entry.Rendered : null;

    /// <summary>Notes an entry parsed afresh and its warnings, to cache once it is rendered.</summary>
    public void Parsed(Paper paper, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (!diagnostics.Any(d => d.IsError) && sources.TryGetValue(paper.SourcePath, out var source))
        {
            parsed[paper.SourcePath] = (source, diagnostics);
        }
    }

    /// <summary>Notes a write-up rendered afresh.</summary>
    public void Add(RenderedPaper rendered)
    {
        if (parsed.TryGetValue(rendered.Paper.SourcePath, out var entry))
        {
            // Markdown is not kept: the rendered HTML and the counted words are all later stages use.
            next[rendered.Paper.SourcePath] = new CachedEntry(entry.Source, rendered with { Paper = rendered.Paper with { Body = "" } }, entry.Warnings);
        }
    }

    public void Save(string folder)
    {
        if (Rules.IsNone)
        {
            return;
        }

        CacheFile.Save(Path.Combine(folder, FileName), Kind, writer =>
        {
            writer.Write(Rules);
            var entries = next.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
            writer.Write(entries.Count);
            foreach (var (file, entry) in entries)
            {
                writer.Write(file);
                writer.Write(entry.Source);
                Write(writer, entry.Rendered);
                writer.Write(entry.Warnings);
            }
        });
    }

    private CachedEntry Remember(string displayPath, CachedEntry entry)
    {
        next[displayPath] = entry;
        return entry;
    }

    private static Dictionary<string, CachedEntry> Read(string path, Fingerprint rules)
    {
        var entries = rules.IsNone ? null : CacheFile.Load(path, Kind, reader =>
        {
            if (reader.ReadFingerprint() != rules)
            {
                return null;
            }

            var entries = new Dictionary<string, CachedEntry>(StringComparer.Ordinal);
            var vocabulary = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var (file, source) = (reader.ReadString(), reader.ReadFingerprint());
                entries[file] = new CachedEntry(source, ReadRendered(reader, vocabulary), reader.ReadWarnings());
            }

            return entries;
        });
        return entries ?? new Dictionary<string, CachedEntry>(StringComparer.Ordinal);
    }

    private static void Write(BinaryWriter writer, RenderedPaper rendered)
    {
        var paper = rendered.Paper;
        writer.Write(paper.SourcePath);
        writer.Write(paper.Slug);
        writer.Write(paper.Title);
        Write(writer, paper.Authors);
        writer.Write(paper.Date.DayNumber);
        Write(writer, paper.Tags);
        WriteOptional(writer, paper.Arxiv);
        WriteOptional(writer, paper.Doi);
        writer.Write(paper.Published?.DayNumber ?? -1);
        WriteOptional(writer, paper.Venue);
        WriteOptional(writer, paper.Tldr);
        WriteOptional(writer, paper.Links.Pdf?.OriginalString);
        WriteOptional(writer, paper.Links.Code?.OriginalString);
        WriteOptional(writer, paper.Links.Project?.OriginalString);
        WriteOptional(writer, paper.Links.Data?.OriginalString);
        writer.Write(paper.Featured);
        writer.Write(paper.Draft);
        Write(writer, paper.Aliases);
        writer.Write(paper.BodyLine);
        writer.Write(paper.Locations.Slug);
        writer.Write(paper.Locations.Arxiv);
        writer.Write(paper.Locations.Doi);
        writer.Write(paper.Locations.Aliases.Length);
        foreach (var alias in paper.Locations.Aliases)
        {
            writer.Write(alias);
        }

        writer.Write(paper.Scheduled);
        writer.Write(rendered.Html);
        writer.Write(rendered.Summary);
        Write(writer, rendered.Terms.Words);
        writer.Write(rendered.Terms.Counts.Length);
        foreach (var count in rendered.Terms.Counts)
        {
            writer.Write(count);
        }

        Write(writer, rendered.Search.Terms);
        foreach (var field in rendered.Search.Fields)
        {
            writer.Write((byte)field);
        }
    }

    /// <param name="vocabulary">One string per distinct word across entries, as <see cref="WordPool"/> gives a fresh build.</param>
    private static RenderedPaper ReadRendered(BinaryReader reader, Dictionary<string, string> vocabulary)
    {
        var (sourcePath, slug, title) = (reader.ReadString(), reader.ReadString(), reader.ReadString());
        var authors = ReadStrings(reader);
        var date = DateOnly.FromDayNumber(reader.ReadInt32());
        var tags = ReadStrings(reader);
        var (arxiv, doi) = (ReadOptional(reader), ReadOptional(reader));
        var publishedDay = reader.ReadInt32();
        var (venue, tldr) = (ReadOptional(reader), ReadOptional(reader));
        var links = new PaperLinks(ReadUri(reader), ReadUri(reader), ReadUri(reader), ReadUri(reader));
        var (featured, draft) = (reader.ReadBoolean(), reader.ReadBoolean());
        var aliases = ReadStrings(reader);
        var bodyLine = reader.ReadInt32();
        var (slugAt, arxivAt, doiAt) = (reader.ReadLocation(), reader.ReadLocation(), reader.ReadLocation());
        var aliasesAt = ImmutableArray.CreateBuilder<SourceLocation>();
        for (var n = reader.ReadInt32(); n > 0; n--)
        {
            aliasesAt.Add(reader.ReadLocation());
        }

        var paper = new Paper(sourcePath, slug, title, authors, date, tags, arxiv, doi,
            publishedDay < 0 ? null : DateOnly.FromDayNumber(publishedDay), venue, tldr, links, featured, draft, aliases, "", bodyLine,
            new EntryLocations(slugAt, arxivAt, doiAt, aliasesAt.ToImmutable()))
        {
            Scheduled = reader.ReadBoolean(),
        };
        var (html, summary) = (reader.ReadString(), reader.ReadString());
        var words = ReadStrings(reader).Select(w => vocabulary.TryAdd(w, w) ? w : vocabulary[w]).ToImmutableArray();
        var counts = new int[reader.ReadInt32()];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = reader.ReadInt32();
        }

        var terms = ReadStrings(reader).Select(w => vocabulary.TryAdd(w, w) ? w : vocabulary[w]).ToImmutableArray();
        var fields = new Search.SearchField[terms.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = (Search.SearchField)reader.ReadByte();
        }

        return new RenderedPaper(paper, html, summary, new TermCounts(words, [.. counts]), new Search.SearchTerms(terms, [.. fields]));
    }

    private static void Write(BinaryWriter writer, ImmutableArray<string> values)
    {
        writer.Write(values.Length);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static ImmutableArray<string> ReadStrings(BinaryReader reader)
    {
        var values = new string[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadString();
        }

        return [.. values];
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static Uri? ReadUri(BinaryReader reader) => ReadOptional(reader) is { } text ? new Uri(text, UriKind.Absolute) : null;
}
