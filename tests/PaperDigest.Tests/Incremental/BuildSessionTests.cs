using PaperDigest.Building;
using PaperDigest.Tests.Site;
using Xunit.Abstractions;

namespace PaperDigest.Tests.Incremental;

/// <summary>
/// A long-lived <see cref="BuildSession"/>, as <c>serve</c> keeps one: each rebuild is told only which paths changed
/// (as a file watcher tells it) and takes everything else from memory, yet its output is byte for byte, and its
/// warnings line for line, what a clean build of the same inputs gives; a broken edit is reported and the next good
/// save recovers; what the session kept reaches the build cache when it is saved.
/// </summary>
public sealed class BuildSessionTests(ITestOutputHelper output)
{
    private const string Entry = "papers/2025/2309.05153.md";
    private const string Title = "Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood";

    /// <summary>The files of the build cache a session keeps in memory (the write-up store takes each write-up as it is rendered, and the search index keeps its own).</summary>
    private static readonly string[] SessionCaches = ["entries.cache", "related.cache", "inputs.cache", "output.manifest"];

    /// <summary>
    /// Every kind of edit but moving the day of the build (a session's day is the clock's, or fixed by its options), three
    /// to a round, each round built by the session from the changed paths alone and compared with a clean build.
    /// </summary>
    [Fact]
    public void Edits_of_every_kind_built_by_a_long_lived_session_match_a_clean_build()
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        var editor = new DigestEditor(digest, new Random(0));
        using var session = Session(digest);
        Built(session.Build(), "the first build");
        var watcher = WatchedChanges.Of(digest.Input, digest.Theme);
        var rounds = Enum.GetValues<EditKind>().Where(k => k != EditKind.Day).Chunk(3).ToList();
        var log = new List<string>();
        foreach (var (kinds, round) in rounds.Select((kinds, i) => (kinds, i + 1)))
        {
            log.AddRange(kinds.Select(kind => $"round {round}: " + (editor.Apply(kind) ?? throw new InvalidOperationException($"no {kind} edit applies"))));
            var what = $"after these edits:\n{string.Join('\n', log)}\n";
            var result = Built(session.Build(watcher.Take()), what);
            AssertSameAsClean(digest, temp, result, what);
        }

        output.WriteLine(string.Join('\n', log));
    }

    [Fact]
    public void A_deleted_entry_loses_its_page_and_a_renamed_one_keeps_it()
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        using var session = Session(digest);
        Built(session.Build(), "the first build");
        var watcher = WatchedChanges.Of(digest.Input, digest.Theme);
        var page = Path.Combine(digest.Output, "papers", "2309.05153", "index.html");

        File.Delete(Path.Combine(digest.Input, Entry));
        AssertSameAsClean(digest, temp, Built(session.Build(watcher.Take()), "after a delete"), "after a delete");
        Assert.False(File.Exists(page));

        File.WriteAllText(Path.Combine(digest.Input, "papers", "2025", "renamed.md"), File.ReadAllText(Path.Combine(RepoPaths.Input, Entry)));
        AssertSameAsClean(digest, temp, Built(session.Build(watcher.Take()), "after the entry came back"), "after the entry came back under another name");
        Assert.Contains(Title, File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_named_by_the_watcher_is_listed_again_whole()
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        using var session = Session(digest);
        Built(session.Build(), "the first build");

        // A folder made and filled at once: a watcher may report the folder alone.
        var year = Path.Combine(digest.Input, "papers", "2023");
        Directory.CreateDirectory(year);
        File.Move(Path.Combine(digest.Input, Entry), Path.Combine(year, "moved.md"));
        AssertSameAsClean(digest, temp, Built(session.Build([year, Path.Combine(digest.Input, Entry)]), "after a folder was made"), "after a folder was made");

        // A folder deleted: the watcher names it, not each file in it.
        Directory.Delete(Path.Combine(digest.Input, "pages"), recursive: true);
        AssertSameAsClean(digest, temp, Built(session.Build([Path.Combine(digest.Input, "pages")]), "after a folder was deleted"), "after a folder was deleted");
        Assert.False(Directory.Exists(Path.Combine(digest.Output, "about")));
    }

    [Fact]
    public void A_theme_edit_reaches_every_page_and_a_broken_template_is_reported_until_it_is_mended()
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        using var session = Session(digest);
        Built(session.Build(), "the first build");
        var watcher = WatchedChanges.Of(digest.Input, digest.Theme);
        var partial = Path.Combine(digest.Theme, "partials", "chips.sbn-html");
        var original = File.ReadAllText(partial);

        File.WriteAllText(partial, original + "<p class=\"session-edit\">Edited in the session</p>");
        AssertSameAsClean(digest, temp, Built(session.Build(watcher.Take()), "after a partial edit"), "after a partial edit");
        Assert.Contains("Edited in the session", File.ReadAllText(Path.Combine(digest.Output, "papers", "2309.05153", "index.html")), StringComparison.Ordinal);

        var before = FolderSnapshot.Take(digest.Output);
        File.WriteAllText(partial, original + "{{ tag.no_such_member }}");
        var broken = session.Build(watcher.Take());
        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.IsError && d.Location.Path.EndsWith("partials/chips.sbn-html", StringComparison.Ordinal) && d.Location.Line > 0);
        FolderSnapshot.AssertIdentical(before, FolderSnapshot.Take(digest.Output), "the site after a failed build");

        File.WriteAllText(partial, original);
        AssertSameAsClean(digest, temp, Built(session.Build(watcher.Take()), "after the partial was mended"), "after the partial was mended");
        Assert.DoesNotContain("Edited in the session", File.ReadAllText(Path.Combine(digest.Output, "papers", "2309.05153", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_edit_reports_its_diagnostic_and_the_next_valid_save_recovers()
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        using var session = Session(digest);
        Built(session.Build(), "the first build");
        var watcher = WatchedChanges.Of(digest.Input, digest.Theme);
        var entry = Path.Combine(digest.Input, Entry);
        var original = File.ReadAllText(entry);
        var before = FolderSnapshot.Take(digest.Output);

        File.WriteAllText(entry, original.Replace("tags: [energy-based-models, diffusion-models]", "tags: [energy-based-models, difusion-models]", StringComparison.Ordinal));
        var broken = session.Build(watcher.Take());
        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.ToString().Contains("2309.05153.md:5:", StringComparison.Ordinal) && d.ToString().Contains("PD0103", StringComparison.Ordinal));
        FolderSnapshot.AssertIdentical(before, FolderSnapshot.Take(digest.Output), "the site after a failed build");

        // Broken again, otherwise: still reported, from the file as it is now.
        File.WriteAllText(entry, original.Replace("date: 2025-03-11", "date: 2025-13-11", StringComparison.Ordinal));
        Assert.Contains(session.Build(watcher.Take()).Diagnostics, d => d.IsError && d.Location.Path.EndsWith("2309.05153.md", StringComparison.Ordinal) && d.Location.Line == 4);

        File.WriteAllText(entry, original.Replace(Title, "Mended: " + Title, StringComparison.Ordinal));
        AssertSameAsClean(digest, temp, Built(session.Build(watcher.Take()), "after the entry was mended"), "after the entry was mended");
        Assert.Contains("Mended: ", File.ReadAllText(Path.Combine(digest.Output, "papers", "2309.05153", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_the_watcher_missed_is_found_by_looking_at_every_file_and_the_next_build_shows_it()
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        using var session = Session(digest);
        Built(session.Build(), "the first build");
        Assert.False(session.LookForUnseenChanges());

        var entry = Path.Combine(digest.Input, Entry);
        File.WriteAllText(entry, File.ReadAllText(entry).Replace(Title, "Unseen: " + Title, StringComparison.Ordinal));
        Assert.True(session.LookForUnseenChanges());

        AssertSameAsClean(digest, temp, Built(session.Build([]), "after the missed change"), "after the missed change");
        Assert.False(session.LookForUnseenChanges());

        // The watcher's answer to an overflow: the root folder, looked at again whole.
        File.Delete(Path.Combine(digest.Input, "pages", "about.md"));
        File.AppendAllText(Path.Combine(digest.Theme, "assets", "site.css"), "\n.unseen { color: red; }\n");
        AssertSameAsClean(digest, temp, Built(session.Build([digest.Input, digest.Theme]), "after an overflow"), "after an overflow");
    }

    [Fact]
    public void A_long_lived_session_writes_the_build_cache_when_saved_and_a_build_afterwards_has_nothing_to_do()
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        var cache = Writing.StagedOutput.DefaultCacheFolder(digest.Output);
        using (var session = Session(digest))
        {
            Built(session.Build(), "the first build");
            var saved = CacheFiles(cache);
            var watcher = WatchedChanges.Of(digest.Input, digest.Theme);
            var entry = Path.Combine(digest.Input, Entry);
            File.WriteAllText(entry, File.ReadAllText(entry) + "\nA paragraph added in the session.\n");
            Built(session.Build(watcher.Take()), "after an edit");
            Assert.Equal(saved, CacheFiles(cache));

            Assert.True(session.Save(TimeSpan.FromSeconds(10)));
            Assert.NotEqual(saved, CacheFiles(cache));
        }

        var after = digest.Build("the build after the session");
        Assert.Equal(0, after.Written);
        AssertSameAsClean(digest, temp, after, "the build after the session");
    }

    private static BuildSession Session(DigestCopy digest) => BuildSession.LongLived(new BuildOptions(digest.Input, digest.Theme, digest.Output, Today: digest.Day));

    private static BuildResult Built(BuildResult result, string what)
    {
        Assert.True(result.Succeeded, $"{what}\n{string.Join('\n', result.Diagnostics)}");
        return result;
    }

    private static void AssertSameAsClean(DigestCopy digest, TempFolder temp, BuildResult result, string what)
    {
        var (clean, cleanOutput) = digest.BuildClean(temp.Combine("clean"), what);
        FolderSnapshot.AssertIdentical(FolderSnapshot.Take(cleanOutput), FolderSnapshot.Take(digest.Output), what + ": the session's build");
        Assert.Equal(clean.Diagnostics.Select(d => d.ToString()), result.Diagnostics.Select(d => d.ToString()));
    }

    /// <summary>Each of the <see cref="SessionCaches"/> with its size and modification time.</summary>
    private static List<string> CacheFiles(string cache) =>
        [.. SessionCaches
            .Select(name => new FileInfo(Path.Combine(cache, name)))
            .Select(f => $"{f.Name} {(f.Exists ? f.Length : -1)} {(f.Exists ? f.LastWriteTimeUtc.Ticks : -1)}")];
}
