using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PaperDigest.Content;
using PaperDigest.Emitting;
using PaperDigest.Incremental;
using PaperDigest.Indexing;
using PaperDigest.Rendering;

namespace PaperDigest.Search;

/// <summary>
/// Builds the search index the browser queries (see <c>theme/assets/search.js</c> and the README's "Search"):
/// <list type="bullet">
/// <item><c>meta.json</c>: format version, fields and weights, stop words, the tag table, URL patterns, the hashes of
/// the docs files (8 hex digits each, concatenated), the two-letter shards and the directories of split ones;</item>
/// <item><c>docs-N.hash.json</c>: what results show, <see cref="DocsPerChunk"/> papers a file;</item>
/// <item><c>terms-HEX.hash.json</c>: terms → postings, sharded by prefix (<see cref="TermSharding"/>), HEX being the
/// prefix's UTF-8 bytes, so any letter makes a safe file name;</item>
/// <item><c>dir-HEX.hash.json</c>: the shards of a two-letter prefix that had to be split.</item>
/// </list>
/// Every name but meta.json carries a hash of the file's content: a page that loaded one build's meta.json never mixes
/// in another build's files, and hosts may cache them for good.
/// Paper ids count from the oldest paper, so a new paper changes only the last docs file and the shards of its terms;
/// a higher id is a newer paper, which is how the browser breaks ties. Files are compact and byte-identical from build to build.
/// </summary>
internal static class SearchIndexBuilder
{
    public const int FormatVersion = 1;

    public const int DocsPerChunk = 32;

    /// <summary>Shards are split until under this size (uncompressed); hosts send them gzip- or brotli-compressed.</summary>
    public const long ShardBudget = 64 * 1024;

    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="made">Takes each file as it is made (from any thread) instead of the index holding them all:
    /// the index of a large digest is then never in memory whole, and the returned index lists no files.</param>
    public static SearchIndex Build(SiteModel model, SearchIndexReuse? reuse = null, Action<SearchIndexFile>? made = null) =>
        Build(model.Site, [.. model.Tags.Select(t => t.Tag)], model.Papers, model.Words, ShardBudget, reuse, made);

    /// <param name="site">The digest's settings (language, base path).</param>
    /// <param name="tags">The tag registry, in its order.</param>
    /// <param name="papers">The papers in digest order, newest first.</param>
    /// <param name="words">The pool the papers' search terms are numbered in.</param>
    /// <param name="shardBudget">The size shards are split to stay under (tests use small ones).</param>
    /// <param name="reuse">The last build's index, whose unchanged parts are kept rather than written again.</param>
    /// <param name="made">Takes each file as it is made instead of the index holding it (see above).</param>
    public static SearchIndex Build(
        SiteConfig site, IReadOnlyList<Tag> tags, IReadOnlyList<RenderedPaper> papers, WordPool words, long shardBudget = ShardBudget, SearchIndexReuse? reuse = null,
        Action<SearchIndexFile>? made = null)
    {
        // Without a taker, files are collected (in any order; sorted at the end).
        var collected = new System.Collections.Concurrent.ConcurrentBag<SearchIndexFile>();
        var take = made ?? collected.Add;
        var oldestFirst = papers.Reverse().ToArray();
        var stopWords = TextAnalysis.For(site.Language).StopWords;
        var tagIndex = tags.Select((tag, i) => (tag.Slug, i)).ToFrozenDictionary(t => t.Slug, t => t.i, StringComparer.Ordinal);

        // Each paper's terms were taken when its write-up was rendered (or came from the entry cache). Two passes:
        // count each term's papers, then fill arrays of exactly that size, so no posting list is ever over-allocated.
        var counts = new int[words.Count];
        foreach (var paper in oldestFirst)
        {
            foreach (var term in paper.Search.Terms)
            {
                counts[term]++;
            }
        }

        var ids = new List<int>();
        for (var id = 0; id < counts.Length; id++)
        {
            if (counts[id] > 0)
            {
                ids.Add(id);
            }
        }

        ids.Sort(words.CompareOrdinal);
        var terms = new string[ids.Count];
        var slots = new int[words.Count];
        var postings = new int[ids.Count][];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = words[ids[i]];
            slots[ids[i]] = i;
            postings[i] = new int[counts[ids[i]]];
        }

        var filled = new int[terms.Length];
        for (var id = 0; id < oldestFirst.Length; id++)
        {
            var found = oldestFirst[id].Search;
            for (var i = 0; i < found.Terms.Length; i++)
            {
                var slot = slots[found.Terms[i]];
                postings[slot][filled[slot]++] = (id << Postings.FieldBits) | (int)found.Fields[i];
            }
        }

        // Terms sharing their first two letters form a group, sharded on its own: a group whose terms and postings are
        // as in the last build has the same files, which are kept if still in the output as written.
        var twoLetterGroups = TermSharding.TwoLetterGroups(terms);
        var sizes = new long[terms.Length];
        var groupParts = new (string Prefix, Fingerprint MadeFrom, SearchGroupFiles Files, bool Remade)[twoLetterGroups.Count];
        Parallel.For(0, groupParts.Length, g =>
        {
            var (prefix, from, to) = twoLetterGroups[g];
            var madeFrom = SearchIndexCache.GroupMadeFrom(FormatVersion, prefix, terms, postings, from, to, shardBudget);
            if (reuse is not null && reuse.Previous.Groups.TryGetValue(madeFrom, out var known)
                && known.Shards.All(shard => reuse.CanKeep(TermsFile(shard.Prefix, shard.Hash), madeFrom))
                && (known.Directory is null || reuse.CanKeep(DirectoryFile(prefix, known.Directory), madeFrom)))
            {
                groupParts[g] = (prefix, madeFrom, known, false);
                return;
            }

            for (var i = from; i < to; i++)
            {
                Postings.EncodeInPlace(postings[i]);
                sizes[i] = Postings.JsonSize(terms[i], postings[i]);
            }

            var shards = new List<(string Prefix, int Size, string Hash)>();
            foreach (var shard in TermSharding.SplitGroup(prefix, from, to, terms, sizes, shardBudget))
            {
                var bytes = Json(json =>
                {
                    json.WriteStartObject();
                    foreach (var i in shard.Terms)
                    {
                        json.WriteStartArray(terms[i]);
                        foreach (var value in postings[i])
                        {
                            json.WriteNumberValue(value);
                        }

                        json.WriteEndArray();
                    }

                    json.WriteEndObject();
                });
                var hash = Hash(bytes);
                shards.Add((shard.Prefix, bytes.Length, hash));
                take(new SearchIndexFile(TermsFile(shard.Prefix, hash), bytes, madeFrom));
            }

            shards.Sort((a, b) => string.CompareOrdinal(a.Prefix, b.Prefix));
            string? directory = null;
            // meta.json names the two-letter shards; a two-letter group that had to be split is named by a directory
            // file listing its shards, so meta.json stays small however large the digest.
            if (shards.Count != 1 || shards[0].Prefix != prefix)
            {
                var bytes = Json(json => WriteShardNames(json, shards.Select(x => KeyValuePair.Create(x.Prefix, (x.Size, x.Hash)))));
                directory = Hash(bytes);
                take(new SearchIndexFile(DirectoryFile(prefix, directory), bytes, madeFrom));
            }

            groupParts[g] = (prefix, madeFrom, new SearchGroupFiles([.. shards], directory), Remade: true);
        });

        // The postings are in their files now: let them go before the documents are made.
        Array.Clear(postings);
        var kept = new List<(string Name, Fingerprint MadeFrom)>();
        var leaves = new SortedDictionary<string, (int Size, string Hash)>(StringComparer.Ordinal);
        var groups = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var shardCount = 0;
        foreach (var (prefix, madeFrom, group, remade) in groupParts)
        {
            shardCount += group.Shards.Length;
            if (!remade)
            {
                kept.AddRange(group.Shards.Select(shard => (TermsFile(shard.Prefix, shard.Hash), madeFrom)));
                if (group.Directory is not null)
                {
                    kept.Add((DirectoryFile(prefix, group.Directory), madeFrom));
                }
            }

            if (group.Directory is null)
            {
                leaves[prefix] = (group.Shards[0].Size, group.Shards[0].Hash);
            }
            else
            {
                groups[prefix] = group.Directory;
            }
        }

        // Documents in files of DocsPerChunk, each kept while the documents in it are as they were.
        var chunkParts = new (Fingerprint MadeFrom, string Hash, bool Remade)[(oldestFirst.Length + DocsPerChunk - 1) / DocsPerChunk];
        Parallel.For(0, chunkParts.Length, c =>
        {
            var chunk = oldestFirst.Skip(c * DocsPerChunk).Take(DocsPerChunk).Select(p => Document(p, tagIndex)).ToList();
            var madeFrom = SearchIndexCache.DocsMadeFrom(FormatVersion, c, chunk);
            if (reuse is not null && reuse.Previous.Docs.TryGetValue(madeFrom, out var known) && reuse.CanKeep(DocsFile(c, known), madeFrom))
            {
                chunkParts[c] = (madeFrom, known, false);
                return;
            }

            var bytes = Json(json =>
            {
                json.WriteStartArray();
                foreach (var doc in chunk)
                {
                    WriteDocument(json, doc);
                }

                json.WriteEndArray();
            });
            var hash = Hash(bytes);
            take(new SearchIndexFile(DocsFile(c, hash), bytes, madeFrom));
            chunkParts[c] = (madeFrom, hash, true);
        });

        var chunkHashes = new List<string>();
        for (var c = 0; c < chunkParts.Length; c++)
        {
            var (madeFrom, hash, remade) = chunkParts[c];
            chunkHashes.Add(hash);
            if (!remade)
            {
                kept.Add((DocsFile(c, hash), madeFrom));
            }
        }

        take(new SearchIndexFile(SearchIndex.MetaFile, Json(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            json.WriteNumber("papers", oldestFirst.Length);
            Strings(json, "fields", SearchFields.Names);
            json.WriteStartArray("weights");
            foreach (var weight in SearchFields.Weights)
            {
                json.WriteNumberValue(weight);
            }

            json.WriteEndArray();
            json.WriteNumber("minTermLength", TextAnalysis.MinTermLength);
            Strings(json, "stopWords", stopWords.Order(StringComparer.Ordinal));
            json.WriteStartObject("urls");
            json.WriteString("paper", site.Link("/papers/{slug}/"));
            json.WriteString("tag", site.Link("/tags/{slug}/"));
            json.WriteEndObject();
            json.WriteStartArray("tags");
            foreach (var tag in tags)
            {
                json.WriteStartArray();
                json.WriteStringValue(tag.Slug);
                json.WriteStringValue(tag.Name);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteNumber("docsPerChunk", DocsPerChunk);
            json.WriteString("docs", string.Concat(chunkHashes));
            json.WritePropertyName("shards");
            WriteShardNames(json, leaves);
            json.WriteStartObject("dirs");
            foreach (var (prefix, hash) in groups)
            {
                json.WriteString(prefix, hash);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        })));

        return new SearchIndex([.. collected.OrderBy(f => f.Name, StringComparer.Ordinal)], oldestFirst.Length, terms.Length, shardCount)
        {
            Kept = [.. kept],
            Memory = new SearchIndexMemory(
                groupParts.ToDictionary(part => part.MadeFrom, part => part.Files),
                chunkParts.ToDictionary(part => part.MadeFrom, part => part.Hash)),
        };
    }

    private static string TermsFile(string prefix, string hash) => $"terms-{Hex(prefix)}.{hash}.json";

    private static string DirectoryFile(string prefix, string hash) => $"dir-{Hex(prefix)}.{hash}.json";

    private static string DocsFile(int chunk, string hash) => $"docs-{chunk.ToString(System.Globalization.CultureInfo.InvariantCulture)}.{hash}.json";

    internal static SearchDocument Document(RenderedPaper rendered, IReadOnlyDictionary<string, int> tagIndex)
    {
        var paper = rendered.Paper;
        return new SearchDocument(
            paper.Title,
            paper.Slug,
            paper.Authors.Shown,
            ViewFactory.Iso(paper.Date),
            [.. paper.Tags.Where(tagIndex.ContainsKey).Select(t => tagIndex[t])],
            paper.Arxiv is null ? "" : Parsing.Identifiers.ArxivWithoutVersion(paper.Arxiv),
            paper.Venue?.Text ?? "",
            rendered.Summary);
    }

    /// <summary>A document as a JSON array: [title, slug, [authors], date, [tags], arxiv, venue, summary].</summary>
    private static void WriteDocument(Utf8JsonWriter json, SearchDocument doc)
    {
        json.WriteStartArray();
        json.WriteStringValue(doc.Title);
        json.WriteStringValue(doc.Slug);
        json.WriteStartArray();
        foreach (var author in doc.Authors)
        {
            json.WriteStringValue(author);
        }

        json.WriteEndArray();
        json.WriteStringValue(doc.DateIso);
        json.WriteStartArray();
        foreach (var tag in doc.Tags)
        {
            json.WriteNumberValue(tag);
        }

        json.WriteEndArray();
        json.WriteStringValue(doc.Arxiv);
        json.WriteStringValue(doc.Venue);
        json.WriteStringValue(doc.Summary);
        json.WriteEndArray();
    }

    /// <summary>Shards by prefix: <c>{"di":[size,"hash"],…}</c>, size in bytes, for the browser's prefix budget.</summary>
    private static void WriteShardNames(Utf8JsonWriter json, IEnumerable<KeyValuePair<string, (int Size, string Hash)>> shards)
    {
        json.WriteStartObject();
        foreach (var (prefix, (size, hash)) in shards)
        {
            json.WriteStartArray(prefix);
            json.WriteNumberValue(size);
            json.WriteStringValue(hash);
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>A prefix as hex of its UTF-8 bytes: a safe file name whatever the letters.</summary>
    private static string Hex(string prefix) => Convert.ToHexStringLower(Encoding.UTF8.GetBytes(prefix));

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Compact))
        {
            write(json);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The first 8 hex digits of the file's SHA-256: part of its name, so hosts may cache it for good.</summary>
    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..8];
}
