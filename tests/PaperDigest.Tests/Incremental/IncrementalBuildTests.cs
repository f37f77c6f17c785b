using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PaperDigest.Building;
using PaperDigest.Hosting;
using PaperDigest.Incremental;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Incremental;

/// <summary>
/// Rebuilds use the build cache: nothing unchanged is rewritten (modification times stay), and what an
/// incremental build leaves is byte for byte what a clean build of the same inputs writes.
/// </summary>
[RunsLong]
public sealed partial class IncrementalBuildTests
{
    [Fact]
    public void A_rebuild_with_nothing_changed_writes_nothing_and_keeps_every_modification_time()
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        var first = digest.Build();
        Assert.Equal(first.Files, first.Written);
        var before = ModificationTimes(digest.Output);

        var second = digest.Build();

        Assert.Equal(0, second.Written);
        Assert.Equal(first.Files, second.Files);
        Assert.Equal(first.Pages, second.Pages);
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(before, ModificationTimes(digest.Output));
    }

    [Fact]
    public void After_one_entry_is_edited_its_pages_are_rewritten_and_no_other_file_is()
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        digest.Build();
        var before = FolderSnapshot.Take(digest.Output);
        var times = ModificationTimes(digest.Output);
        var entry = digest.Entries().First(e => File.ReadAllText(e).Contains("arxiv: \"2010.09990\"", StringComparison.Ordinal));
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("title: \"The Open Catalyst", "title: \"Edited: The Open Catalyst", StringComparison.Ordinal));

        var result = digest.Build();

        var after = FolderSnapshot.Take(digest.Output);
        var changed = after.Files.Keys.Where(f => !before.Files.TryGetValue(f, out var old) || !old.AsSpan().SequenceEqual(after.Files[f])).ToHashSet();
        Assert.Contains("papers/2010.09990/index.html", changed);
        Assert.Contains("papers/2010.09990/cite.bib", changed);
        Assert.Contains("days/2025-05-06/index.html", changed);
        Assert.Contains("tags/datasets-and-benchmarks/index.html", changed);
        Assert.Contains("index.html", changed);
        Assert.Contains("feed.xml", changed);
        Assert.Contains("tags/datasets-and-benchmarks/atom.xml", changed);
        // The marker names the build, so it changes too; it is not one of the site's files.
        Assert.Equal(changed.Count(f => f != ".paperdigest-output"), result.Written);
        // Files of the old site that are gone (a search shard is named after its content) are not "unchanged".
        foreach (var file in times.Keys.Where(f => !changed.Contains(f) && after.Files.ContainsKey(f)))
        {
            Assert.True(times[file] == File.GetLastWriteTimeUtc(Path.Combine(digest.Output, file)), $"{file} did not change but was rewritten");
        }

        FolderSnapshot.AssertIdentical(digest.CleanBuild(temp.Combine("clean")), after, "the incremental build after one edit");
    }

    [Fact]
    public void The_first_rebuild_after_a_cold_build_makes_no_more_files_than_any_later_one()
    {
        // Papers rendered in this build and papers taken from the entry cache must give the files that show them the
        // same keys; else the first rebuild after a cold build (or after the tool changed) makes every page again.
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        var cold = digest.Build();
        var entry = digest.Entries().First(e => File.ReadAllText(e).Contains("arxiv: \"2010.09990\"", StringComparison.Ordinal));
        var text = File.ReadAllText(entry);

        File.WriteAllText(entry, text.Replace("title: \"The Open Catalyst", "title: \"Edited: The Open Catalyst", StringComparison.Ordinal));
        var first = digest.Build("first title edit");
        File.WriteAllText(entry, text.Replace("title: \"The Open Catalyst", "title: \"Edited again: The Open Catalyst", StringComparison.Ordinal));
        var second = digest.Build("second title edit");

        Assert.Equal(cold.Files, cold.Made);
        Assert.Equal(second.Made, first.Made);
        Assert.True(first.Made < cold.Files / 4, $"a title edit made {first.Made} of {cold.Files} files");
        Assert.True(first.Written <= first.Made);
    }

    [Fact]
    public void The_write_up_store_is_rewritten_once_most_of_it_is_stale_and_rebuilds_still_match_a_clean_build()
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        var cache = PaperDigest.Writing.StagedOutput.DefaultCacheFolder(digest.Output);
        // About 60 KB of write-up per entry, so a few rounds of edits outgrow the store's compaction threshold (1 MiB).
        var paragraphs = string.Concat(Enumerable.Range(0, 700).Select(i => $"\n\nParagraph {i} of a long write-up, about long write-ups."));
        foreach (var entry in digest.Entries())
        {
            File.AppendAllText(entry, paragraphs);
        }

        digest.Build();
        var stores = new List<long>();
        for (var round = 1; round <= 4; round++)
        {
            foreach (var entry in digest.Entries())
            {
                File.AppendAllText(entry, $"\n\nEdit {round}.\n");
            }

            digest.Build();
            var files = Directory.GetFiles(cache, "writeups-*.store");
            Assert.Single(files);
            stores.Add(new FileInfo(files[0]).Length);
        }

        // Each round re-renders every entry: the store grows until the stale write-ups outweigh the live ones, then shrinks.
        Assert.Contains(stores.Zip(stores.Skip(1)), pair => pair.Second < pair.First);
        Assert.All(stores, size => Assert.True(size < 4 * stores.Min(), $"the store grew to {size} bytes: {string.Join(", ", stores)}"));

        File.AppendAllText(digest.Entries()[3], "\n\nOne more edit after the store was rewritten.\n");
        digest.Build();
        FolderSnapshot.AssertIdentical(digest.CleanBuild(temp.Combine("clean")), FolderSnapshot.Take(digest.Output), "the build after the store was rewritten");
    }

    [Fact]
    public void The_entry_cache_drops_words_no_entry_uses_once_they_outnumber_the_rest_and_rebuilds_still_match_a_clean_build()
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        var cacheFile = Path.Combine(PaperDigest.Writing.StagedOutput.DefaultCacheFolder(digest.Output), "entries.cache");
        var entry = digest.Entries()[2];
        var original = File.ReadAllText(entry);
        digest.Build();
        var sizes = new List<long> { new FileInfo(cacheFile).Length };

        // Each round adds 9,000 words never seen before to one entry, then takes them out again: unchanged entries are
        // copied from the saved file with their word numbers, so the words taken out stay in its table until renumbered.
        for (var round = 0; round < 8; round++)
        {
            var words = Enumerable.Range(0, 9000).Select(i => "zq" + Letters((round * 10_000) + i));
            File.WriteAllText(entry, original + "\n\n" + string.Join(' ', words) + "\n");
            digest.Build();
            sizes.Add(new FileInfo(cacheFile).Length);
            File.WriteAllText(entry, original);
            digest.Build();
            sizes.Add(new FileInfo(cacheFile).Length);
        }

        // Without renumbering, the table would grow by 9,000 words a round; with it, it stays within about twice the words in use.
        var withWords = sizes[1] - sizes[0];
        Assert.All(sizes, size => Assert.True(size < sizes[1] + (2 * withWords), $"the entry cache grew to {size} bytes: {string.Join(", ", sizes)}"));
        Assert.Contains(sizes.Skip(2), size => size < sizes[0] + withWords);
        FolderSnapshot.AssertIdentical(digest.CleanBuild(temp.Combine("clean")), FolderSnapshot.Take(digest.Output), "the build after words were dropped");

        static string Letters(int n)
        {
            var text = new System.Text.StringBuilder();
            do
            {
                text.Append((char)('a' + (n % 26)));
                n /= 26;
            }
            while (n > 0);
            return text.ToString();
        }
    }

    [Theory]
    [InlineData("replaced")]
    [InlineData("truncated")]
    [InlineData("deleted")]
    public void A_write_up_store_that_is_not_the_one_the_cache_was_saved_with_is_not_read(string damage)
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        digest.Build();
        var store = Assert.Single(Directory.GetFiles(PaperDigest.Writing.StagedOutput.DefaultCacheFolder(digest.Output), "writeups-*.store"));
        var length = new FileInfo(store).Length;
        switch (damage)
        {
            case "replaced":
                File.WriteAllBytes(store, new byte[length]);
                break;
            case "truncated":
                File.WriteAllBytes(store, File.ReadAllBytes(store)[..(int)(length / 2)]);
                break;
            default:
                File.Delete(store);
                break;
        }

        File.AppendAllText(digest.Entries()[0], "\n\nAn edit after the store was damaged.\n");
        digest.Build();

        FolderSnapshot.AssertIdentical(digest.CleanBuild(temp.Combine("clean")), FolderSnapshot.Take(digest.Output), $"the build after the store was {damage}");
    }

    [Fact]
    public void An_entry_changed_just_after_a_build_is_read_again_even_with_its_size_and_time_unchanged()
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        var entry = digest.Entries().First(e => File.ReadAllText(e).Contains("arxiv: \"2010.09990\"", StringComparison.Ordinal));
        // Dated now, as a file saved by an editor moments ago: too recent to trust its time on the next build.
        File.SetLastWriteTimeUtc(entry, DateTime.UtcNow);
        var time = File.GetLastWriteTimeUtc(entry);
        digest.Build();

        // The same size and the same time, as on a file system that keeps times to the second.
        var text = File.ReadAllText(entry);
        File.WriteAllText(entry, text.Replace("title: \"The Open Catalyst", "title: \"The Opal Catalyst", StringComparison.Ordinal));
        Assert.Equal(text.Length, File.ReadAllText(entry).Length);
        File.SetLastWriteTimeUtc(entry, time);
        digest.Build();

        Assert.Contains("The Opal Catalyst", File.ReadAllText(Path.Combine(digest.Output, "papers", "2010.09990", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_moved_over_another_of_the_same_size_and_time_is_read_again()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "the status-change time is read where the runtime's stat gives it (Linux, macOS)");
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        var folder = Path.Combine(digest.Input, "papers", "2025");
        var (first, second) = (Path.Combine(folder, "moved-a.md"), Path.Combine(folder, "moved-b.md"));
        File.WriteAllText(first, Entry("Paper AAA"));
        File.WriteAllText(second, Entry("Paper BBB"));
        // Long ago, and the same second for both, as a checkout or an archive leaves files.
        var time = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(first, time);
        File.SetLastWriteTimeUtc(second, time);
        digest.Build();

        File.Move(second, first, overwrite: true);
        Assert.Equal(time, File.GetLastWriteTimeUtc(first));
        digest.Build();

        FolderSnapshot.AssertIdentical(digest.CleanBuild(temp.Combine("clean")), FolderSnapshot.Take(digest.Output), "after moving one entry over another");
        Assert.True(Directory.Exists(Path.Combine(digest.Output, "papers", "paper-bbb")));

        static string Entry(string title) => $"---\ntitle: \"{title}\"\nauthors: [Ada Lovelace]\ndate: 2025-05-01\ntags: [astrophysics]\n---\nBody of {title}.\n";
    }

    [Fact]
    public void A_file_changed_or_deleted_in_the_output_folder_is_put_back()
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        digest.Build();
        var expected = FolderSnapshot.Take(digest.Output);
        File.Delete(Path.Combine(digest.Output, "papers", "2010.09990", "index.html"));
        File.WriteAllText(Path.Combine(digest.Output, "feed.xml"), "tampered");

        var result = digest.Build();

        Assert.Equal(2, result.Written);
        FolderSnapshot.AssertIdentical(expected, FolderSnapshot.Take(digest.Output), "the rebuild after files in the output were changed");
    }

    [Fact]
    public void The_sitemap_is_kept_while_its_pages_are_the_same_and_written_again_when_a_page_moves_to_another_day()
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        digest.Build();
        var sitemap = Path.Combine(digest.Output, "sitemap.xml");
        var time = File.GetLastWriteTimeUtc(sitemap);
        var entry = digest.Entries().First(e => File.ReadAllText(e).Contains("arxiv: \"2010.09990\"", StringComparison.Ordinal));
        File.AppendAllText(entry, "\nA sentence more, which no listing shows.\n");
        digest.Build();
        Assert.Equal(time, File.GetLastWriteTimeUtc(sitemap));

        File.WriteAllText(entry, DateLine().Replace(File.ReadAllText(entry), "date: 2025-05-20", 1));
        digest.Build();

        Assert.Contains("/days/2025-05-20/", File.ReadAllText(sitemap), StringComparison.Ordinal);
        Assert.Equal(digest.CleanBuild(temp.Combine("clean")).Files["sitemap.xml"], File.ReadAllBytes(sitemap));
    }

    [Fact]
    public void After_one_entry_is_edited_only_its_weeks_newsletter_is_rewritten_and_the_policy_still_allows_every_newsletters_styles()
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        digest.Build();
        var times = ModificationTimes(digest.Output);
        var newsletters = times.Keys.Where(f => f.StartsWith("newsletter/", StringComparison.Ordinal)).ToList();
        Assert.True(newsletters.Count >= 6, $"the sample digest should have several weeks: {string.Join(", ", newsletters)}");
        var entry = digest.Entries().First(e => File.ReadAllText(e).Contains("arxiv: \"2010.09990\"", StringComparison.Ordinal));
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("title: \"The Open Catalyst", "title: \"Edited: The Open Catalyst", StringComparison.Ordinal));

        digest.Build();

        var rewritten = newsletters.Where(f => times[f] != File.GetLastWriteTimeUtc(Path.Combine(digest.Output, f))).Order(StringComparer.Ordinal).ToList();
        var edited = newsletters.Where(f => File.ReadAllText(Path.Combine(digest.Output, f)).Contains("Edited:", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        // The week's HTML and text editions, and the newsletter feed, which carries the sample's every finished week.
        Assert.Equal(3, edited.Count);
        Assert.Contains("newsletter/feed.xml", edited);
        Assert.Equal(edited, rewritten);
        var headers = File.ReadAllText(Path.Combine(digest.Output, "_headers"));
        foreach (var html in newsletters.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var styles = ContentSecurityPolicy.InlineStyles(File.ReadAllText(Path.Combine(digest.Output, html))).ToList();
            Assert.NotEmpty(styles);
            Assert.All(styles, style => Assert.Contains($"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)))}'", headers, StringComparison.Ordinal));
        }

        Assert.Equal(digest.CleanBuild(temp.Combine("clean")).Files["_headers"], File.ReadAllBytes(Path.Combine(digest.Output, "_headers")));
    }

    [Fact]
    public void Newsletters_of_unchanged_weeks_are_kept_by_their_keys_without_being_made_again()
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        digest.Build();
        // With wrong content fingerprints in the manifest, a newsletter made again would differ from its record and be rewritten.
        var manifestPath = Path.Combine(PaperDigest.Writing.StagedOutput.DefaultCacheFolder(digest.Output), "output.manifest");
        var manifest = OutputManifest.Load(manifestPath, new PaperDigest.Diagnostics.SourceRoots(digest.Input, digest.Theme))!;
        new OutputManifest(manifest.BuildId, manifest.Stamp, manifest.Summary, [.. manifest.Files.Select(f =>
            f.Path.StartsWith("newsletter/", StringComparison.Ordinal) ? f with { Record = f.Record with { Content = new Fingerprint(1, 2) } } : f)]).Save(manifestPath);
        var times = ModificationTimes(digest.Output);
        var entry = digest.Entries().First(e => File.ReadAllText(e).Contains("arxiv: \"2010.09990\"", StringComparison.Ordinal));
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("title: \"The Open Catalyst", "title: \"Edited: The Open Catalyst", StringComparison.Ordinal));

        digest.Build();

        var newsletters = times.Keys.Where(f => f.StartsWith("newsletter/", StringComparison.Ordinal)).ToList();
        var rewritten = newsletters.Where(f => times[f] != File.GetLastWriteTimeUtc(Path.Combine(digest.Output, f))).ToList();
        // The week's HTML and text editions, and the newsletter feed, which carries the sample's every finished week.
        Assert.Contains("newsletter/feed.xml", rewritten);
        Assert.Equal(3, rewritten.Count);
        Assert.All(rewritten, f => Assert.Contains("Edited:", File.ReadAllText(Path.Combine(digest.Output, f)), StringComparison.Ordinal));
    }

    [Fact]
    public void Deleted_newsletters_are_put_back()
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        digest.Build();
        var expected = FolderSnapshot.Take(digest.Output);
        var newsletters = Directory.GetFiles(Path.Combine(digest.Output, "newsletter")).Order(StringComparer.Ordinal).ToList();
        File.Delete(newsletters[0]);
        File.Delete(newsletters[^1]);

        var result = digest.Build();

        Assert.Equal(2, result.Written);
        FolderSnapshot.AssertIdentical(expected, FolderSnapshot.Take(digest.Output), "the rebuild after two newsletter files were deleted");
    }

    [Fact]
    public void Headers_made_again_while_every_newsletter_is_kept_allow_the_same_inline_styles()
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        digest.Build();
        var expected = File.ReadAllText(Path.Combine(digest.Output, "_headers"));
        Assert.Contains("'unsafe-hashes' 'sha256-", expected, StringComparison.Ordinal);
        File.Delete(Path.Combine(digest.Output, "_headers"));

        var result = digest.Build();

        Assert.Equal(1, result.Written);
        Assert.Equal(expected, File.ReadAllText(Path.Combine(digest.Output, "_headers")));
    }

    private static Dictionary<string, DateTime> ModificationTimes(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.GetLastWriteTimeUtc, StringComparer.Ordinal);

    [GeneratedRegex(@"^date: (?<date>\S+)", RegexOptions.Multiline)]
    private static partial Regex DateLine();
}
