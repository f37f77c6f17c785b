using PaperDigest.Building;
using PaperDigest.Diagnostics;
using PaperDigest.Incremental;
using PaperDigest.Emitting;

namespace PaperDigest.Tests.Incremental;

/// <summary>
/// The build cache saves the keys of each entry's paper and shown paper, and a later build takes them
/// instead of reading those instances again. That is sound only if the keys are exactly those the instances read back
/// from the cache give, whatever the entry holds.
/// </summary>
public sealed class EntryKeysTests
{
    /// <summary>An entry with every optional field, so that each is read back from the cache and keyed.</summary>
    private const string EveryField = """
        ---
        title: "Every Field: A Paper With $x^2$ in Its Title"
        authors: [{ name: Ada Lovelace, orcid: 0000-0002-1825-0097, url: "https://example.org/ada" }, Charles Babbage, others]
        date: 2025-05-20
        tags: [origins-of-life]
        arxiv: "2401.01234v2"
        doi: 10.1234/every.field
        published: 2024-01-02
        updated: 2024-03-04
        venue: { name: Journal of Every Field, kind: journal, volume: "12", issue: "3", pages: 45--67, year: 2024, publisher: Field Press, url: "https://example.org/journal" }
        tldr: One sentence, with $\alpha$ in it.
        links: { pdf: "https://example.org/every.pdf", code: "https://example.org/code", project: "https://example.org/project", data: "https://example.org/data" }
        featured: true
        draft: false
        slug: every-field
        aliases: [/old/every-field/, /older/every-field/]
        figures:
          - file: picture.png
            alt: "A picture."
            caption: "What the picture shows."
        ---
        A write-up with *emphasis*, a [link](https://example.org/), a formula $e^{i\pi} + 1 = 0$ and a footnote.[^1]

        [^1]: The footnote.
        """;

    [Fact]
    public void The_keys_saved_with_each_entry_are_those_its_instances_give_when_read_back()
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        File.WriteAllText(Path.Combine(digest.Input, "papers", "2025", "every-field.md"), EveryField.ReplaceLineEndings("\n"));
        Directory.CreateDirectory(Path.Combine(digest.Input, "papers", "2025", "every-field"));
        File.Copy(Path.Combine(digest.Input, "papers", "2025", "1802.08024", "multilevel-selection.png"), Path.Combine(digest.Input, "papers", "2025", "every-field", "picture.png"));
        var cache = new CacheOf(digest, temp.Combine("cache"));

        var content = cache.RenderAndSave();
        using var second = cache.Load(cache.Sources);
        var known = second.KnownKeys().ToList();

        Assert.Contains(content.Papers, p => p.Slug == "every-field" && p.Venue?.Publisher is not null && p.Links.Data is not null && p.Aliases.Length == 2);
        Assert.Equal(cache.Sources.Count, known.Count);
        // The entry sets every field the cache has to carry: a field added to a paper and left out of the cache's file
        // would read back as its default, and the saved key would then stand for content the instance no longer holds.
        var everyField = Assert.Single(known, k => k.Rendered.Paper.Slug == "every-field").Rendered.Shown;
        AssertEveryFieldSet(everyField, "shown paper");
        // Read back into other instances, keyed afresh, with and without cards among the shared types (builds differ in that).
        foreach (var cards in new[] { false, true })
        {
            var fresh = new ContentKey([.. SharedInstances.Types(cards), typeof(ViewContext)]);
            foreach (var (rendered, saved) in known)
            {
                Assert.Equal(saved, new EntryKeys(fresh.KeyOf(rendered.Paper), fresh.KeyOf(rendered.Shown)));
            }
        }
    }

    [Fact]
    public void An_entry_whose_file_changed_gives_no_keys()
    {
        using var temp = new TempFolder();
        var cache = new CacheOf(DigestCopy.In(temp), temp.Combine("cache"));
        cache.RenderAndSave();

        var changed = cache.Sources.Keys.Order(StringComparer.Ordinal).First();
        using var second = cache.Load(new Dictionary<string, Fingerprint>(cache.Sources, StringComparer.Ordinal) { [changed] = Fingerprint.Of("edited"u8) });
        var known = second.KnownKeys().Select(k => k.Rendered.Paper.SourcePath.Path).ToList();

        Assert.Equal(cache.Sources.Count - 1, known.Count);
        Assert.DoesNotContain(changed, known);
    }

    /// <summary>
    /// Fields a paper read back from the cache holds as their defaults by design: the Markdown (rendered already), a
    /// shown paper's figures as decoded (added to a new instance after the cache), a draft or scheduled entry (shown only
    /// in previews), an author's registry id (from authors.yml, not the entry).
    /// </summary>
    private static readonly HashSet<string> DefaultByDesign = ["Paper.Body", "Paper.Draft", "Paper.Scheduled", "ShownPaper.Figures", "Author.Id"];

    /// <summary>Every field of <paramref name="value"/>, and of the digest's own records and lists in it, holds something other than its default.</summary>
    private static void AssertEveryFieldSet(object value, string where)
    {
        var type = value.GetType();
        for (var at = type; at is not null && at != typeof(object) && at != typeof(ValueType); at = at.BaseType)
        {
            foreach (var field in at.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.DeclaredOnly))
            {
                var name = field.Name.StartsWith('<') ? field.Name[1..field.Name.IndexOf('>', StringComparison.Ordinal)] : field.Name;
                if (DefaultByDesign.Contains($"{at.Name}.{name}"))
                {
                    continue;
                }

                var held = field.GetValue(value);
                var path = $"{where}: {at.Name}.{name}";
                Assert.False(held is null || (field.FieldType.IsValueType && held.Equals(Activator.CreateInstance(field.FieldType))), $"{path} holds its default");
                if (held is System.Collections.IEnumerable items and not string)
                {
                    var first = items.Cast<object?>().FirstOrDefault();
                    Assert.False(first is null, $"{path} is empty");
                    Own(first!, path);
                }
                else
                {
                    Own(held!, path);
                }
            }
        }

        static void Own(object held, string path)
        {
            // A write-up is keyed by the fingerprint of its HTML alone, which the cache saves; its other fields are how it is held.
            if (held.GetType().Assembly == typeof(EntryCache).Assembly && !held.GetType().IsEnum && held is not PaperDigest.Rendering.WriteUpHtml)
            {
                AssertEveryFieldSet(held, path);
            }
        }
    }

    /// <summary>The build cache of a copy of a digest, in <paramref name="folder"/>, under rules of the test's own.</summary>
    private sealed class CacheOf(DigestCopy digest, string folder)
    {
        private static readonly Fingerprint Rules = Fingerprint.Of("the rules of this test"u8);

        private readonly SourceRoots roots = new(digest.Input, digest.Theme);

        /// <summary>The fingerprint of every entry file, by its path inside the input folder.</summary>
        public IReadOnlyDictionary<string, Fingerprint> Sources { get; } = digest.Entries().ToDictionary(
            file => Path.GetRelativePath(digest.Input, file).Replace('\\', '/'), file => Fingerprint.Of(File.ReadAllBytes(file)), StringComparer.Ordinal);

        public EntryCache Load(IReadOnlyDictionary<string, Fingerprint> sources) =>
            EntryCache.Load(Directory.CreateDirectory(folder).FullName, roots, Rules, sources);

        /// <summary>Reads and renders every entry into the cache, notes their keys as a build does, and saves it.</summary>
        public DigestContent RenderAndSave()
        {
            using var cache = Load(Sources);
            var (content, diagnostics) = DigestLoader.Load(new BuildOptions(digest.Input, digest.Theme, digest.Output, Today: DigestCopy.Today), cache, renderAsRead: true);
            Assert.True(content is not null, string.Join('\n', diagnostics));
            var keys = new ContentKey(SharedInstances.Types(cards: false));
            cache.NoteKeys(r => new EntryKeys(keys.KeyOf(r.Paper), keys.KeyOf(r.Shown)));
            cache.Save();
            return content;
        }
    }
}
