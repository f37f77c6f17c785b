using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Incremental;

/// <summary>
/// A long-lived <see cref="Building.BuildSession"/>, as <c>serve</c> keeps one: each rebuild is told only which paths
/// changed (as a file watcher tells it) and takes everything else from memory, yet its output is byte for byte, and
/// its warnings line for line, what a clean build of the same inputs gives; a broken edit is reported and the next
/// good save recovers; what the session kept reaches the build cache when it is saved.
/// </summary>
[RunsLong]
public sealed class BuildSessionTests(ITestOutputHelper output)
{
    private const string Title = "Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood";

    private static readonly string[] Entry = ["papers", "2025", "2309.05153.md"];

    private static readonly string[] Page = ["papers", "2309.05153", "index.html"];

    /// <summary>The files of the build cache a session keeps in memory (the write-up store takes each write-up as it is rendered, and the search index keeps its own).</summary>
    private static readonly string[] SessionCaches = ["entries.cache", "related.cache", "inputs.cache", "output.manifest"];

    /// <summary>
    /// Every kind of edit but moving the day of the build (a session's day is the clock's, or fixed by its options), three
    /// to a round, each round built by the session from the changed paths alone and compared with a clean build.
    /// </summary>
    [Fact]
    public void Edits_of_every_kind_built_by_a_long_lived_session_match_a_clean_build()
    {
        using var served = new SessionDigest();
        var editor = new DigestEditor(served.Digest, new Random(0));
        var log = new List<string>();
        foreach (var (kinds, round) in Enum.GetValues<EditKind>().Where(k => k != EditKind.Day).Chunk(3).Select((kinds, i) => (kinds, i + 1)))
        {
            log.AddRange(kinds.Select(kind => $"round {round}: " + (editor.Apply(kind) ?? throw new InvalidOperationException($"no {kind} edit applies"))));
            var what = $"after these edits:\n{string.Join('\n', log)}\n";
            served.AssertSameAsClean(served.Rebuild(what), what);
        }

        output.WriteLine(string.Join('\n', log));
    }

    [Fact]
    public void A_deleted_entry_loses_its_page_and_a_renamed_one_keeps_it()
    {
        using var served = new SessionDigest();

        File.Delete(served.Input(Entry));
        served.AssertSameAsClean(served.Rebuild("after a delete"), "after a delete");
        Assert.False(File.Exists(Path.Combine([served.Digest.Output, .. Page])));

        File.WriteAllText(served.Input("papers", "2025", "renamed.md"), File.ReadAllText(Path.Combine([RepoPaths.Input, .. Entry])));
        served.AssertSameAsClean(served.Rebuild("after the entry came back"), "after the entry came back under another name");
        Assert.Contains(Title, served.Output(Page), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_named_by_the_watcher_is_listed_again_whole()
    {
        using var served = new SessionDigest();

        // A folder made and filled at once: a watcher may report the folder alone.
        var year = served.Input("papers", "2023");
        Directory.CreateDirectory(year);
        File.Move(served.Input(Entry), Path.Combine(year, "moved.md"));
        var moved = SessionDigest.Built(served.Session.Build([year, served.Input(Entry)]), "after a folder was made");
        served.AssertSameAsClean(moved, "after a folder was made");

        // A folder deleted: the watcher names it, not each file in it.
        Directory.Delete(served.Input("pages"), recursive: true);
        var deleted = SessionDigest.Built(served.Session.Build([served.Input("pages")]), "after a folder was deleted");
        served.AssertSameAsClean(deleted, "after a folder was deleted");
        Assert.False(Directory.Exists(Path.Combine(served.Digest.Output, "about")));
    }

    [Fact]
    public void A_theme_edit_reaches_every_page_and_a_broken_template_is_reported_until_it_is_mended()
    {
        using var served = new SessionDigest();
        var partial = Path.Combine(served.Digest.Theme, "partials", "chips.sbn-html");
        var original = File.ReadAllText(partial);

        File.WriteAllText(partial, original + "<p class=\"session-edit\">Edited in the session</p>");
        served.AssertSameAsClean(served.Rebuild("after a partial edit"), "after a partial edit");
        Assert.Contains("Edited in the session", served.Output(Page), StringComparison.Ordinal);

        var before = FolderSnapshot.Take(served.Digest.Output);
        File.WriteAllText(partial, original + "{{ tag.no_such_member }}");
        var broken = served.TryRebuild();
        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.IsError && d.Location.Path.EndsWith("partials/chips.sbn-html", StringComparison.Ordinal) && d.Location.Line > 0);
        FolderSnapshot.AssertIdentical(before, FolderSnapshot.Take(served.Digest.Output), "the site after a failed build");

        File.WriteAllText(partial, original);
        served.AssertSameAsClean(served.Rebuild("after the partial was mended"), "after the partial was mended");
        Assert.DoesNotContain("Edited in the session", served.Output(Page), StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_edit_reports_its_diagnostic_and_the_next_valid_save_recovers()
    {
        using var served = new SessionDigest();
        var entry = served.Input(Entry);
        var original = File.ReadAllText(entry);
        var before = FolderSnapshot.Take(served.Digest.Output);

        File.WriteAllText(entry, original.Replace("tags: [energy-based-models, diffusion-models]", "tags: [energy-based-models, difusion-models]", StringComparison.Ordinal));
        var broken = served.TryRebuild();
        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.ToString().Contains("2309.05153.md:5:", StringComparison.Ordinal) && d.Code == "PD0103");
        FolderSnapshot.AssertIdentical(before, FolderSnapshot.Take(served.Digest.Output), "the site after a failed build");

        // Broken again, otherwise: reported from the file as it is now.
        File.WriteAllText(entry, original.Replace("date: 2025-03-11", "date: 2025-13-11", StringComparison.Ordinal));
        var again = served.TryRebuild();
        Assert.Contains(again.Diagnostics, d => d.IsError && d.Location.Path.EndsWith("2309.05153.md", StringComparison.Ordinal) && d.Location.Line == 4);
        Assert.DoesNotContain(again.Diagnostics, d => d.Code == "PD0103");

        File.WriteAllText(entry, original.Replace(Title, "Mended: " + Title, StringComparison.Ordinal));
        served.AssertSameAsClean(served.Rebuild("after the entry was mended"), "after the entry was mended");
        Assert.Contains("Mended: ", served.Output(Page), StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_the_watcher_missed_is_found_by_looking_at_every_file_and_the_next_build_shows_it()
    {
        using var served = new SessionDigest();
        var session = served.Session;
        Assert.False(session.LookForUnseenChanges());

        var entry = served.Input(Entry);
        File.WriteAllText(entry, File.ReadAllText(entry).Replace(Title, "Unseen: " + Title, StringComparison.Ordinal));
        Assert.True(session.LookForUnseenChanges());
        served.AssertSameAsClean(SessionDigest.Built(session.Build([]), "after the missed change"), "after the missed change");
        Assert.Contains("Unseen: ", served.Output(Page), StringComparison.Ordinal);
        Assert.False(session.LookForUnseenChanges());

        // A watcher's answer to an overflow: the folders it watches, each looked at again whole.
        File.Delete(served.Input("pages", "about.md"));
        File.AppendAllText(Path.Combine(served.Digest.Theme, "assets", "site.css"), "\n.unseen { color: red; }\n");
        var overflow = SessionDigest.Built(session.Build([served.Digest.Input, served.Digest.Theme]), "after an overflow");
        served.AssertSameAsClean(overflow, "after an overflow");
    }

    [Fact]
    public void A_long_lived_session_writes_the_build_cache_when_saved_and_a_build_afterwards_has_nothing_to_do()
    {
        using var served = new SessionDigest();
        var cache = Writing.StagedOutput.DefaultCacheFolder(served.Digest.Output);
        var saved = CacheFiles(cache);
        var entry = served.Input(Entry);
        File.WriteAllText(entry, File.ReadAllText(entry) + "\nA paragraph added in the session.\n");
        served.Rebuild("after an edit");
        Assert.Equal(saved, CacheFiles(cache));

        Assert.True(served.Session.Save(TimeSpan.FromSeconds(10)));
        Assert.All(CacheFiles(cache).Zip(saved), pair => Assert.NotEqual(pair.Second, pair.First));

        var after = served.Digest.Build("the build after the session");
        Assert.Equal(0, after.Written);
        served.AssertSameAsClean(after, "the build after the session");
    }

    /// <summary>Each of the <see cref="SessionCaches"/> with its size and modification time.</summary>
    private static List<string> CacheFiles(string cache) =>
        [.. SessionCaches
            .Select(name => new FileInfo(Path.Combine(cache, name)))
            .Select(f => $"{f.Name} {(f.Exists ? f.Length : -1)} {(f.Exists ? f.LastWriteTimeUtc.Ticks : -1)}")];
}
