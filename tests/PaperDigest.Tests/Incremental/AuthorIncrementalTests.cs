using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Incremental;

/// <summary>
/// Author pages and feeds are made like tag pages, keyed by what each is made from: an edit remakes the pages and feeds
/// of the authors it concerns and leaves every other author's files as they were, and the result is what a clean build writes.
/// </summary>
public sealed class AuthorIncrementalTests
{
    private static readonly string[] Formats = ["index.html", "feed.xml", "atom.xml", "feed.json"];

    /// <summary>The authors of the edited entry, before and after the edit, but the one taken out.</summary>
    private static readonly string[] Concerned = ["omer-markovitch", "olaf-witkowski", "nadia-newcomer"];

    [Fact]
    public void Editing_one_entrys_authors_changes_only_those_authors_pages_and_feeds()
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        digest.Build();
        var before = FolderSnapshot.Take(digest.Output);
        var times = ModificationTimes(digest.Output);
        // Omer Markovitch, Olaf Witkowski and Nathaniel Virgo; Nathaniel Virgo's place goes to someone new.
        var entry = Entry(digest, "1802.08024");
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("Nathaniel Virgo", "Nadia Newcomer", StringComparison.Ordinal));

        var result = digest.Build();

        var after = FolderSnapshot.Take(digest.Output);
        var changed = Changed(before, after);
        string[] expected =
        [
            "authors/index.html",
            .. Concerned.SelectMany(slug => Formats.Select(f => $"authors/{slug}/{f}")),
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), changed.Where(f => f.StartsWith("authors/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.All(Formats, f => Assert.False(after.Files.ContainsKey($"authors/nathaniel-virgo/{f}"), $"authors/nathaniel-virgo/{f} is left behind"));
        Assert.Contains("authors.opml", changed);
        Assert.Contains("feeds/index.html", changed);
        Assert.Equal(changed.Count(f => f != ".paperdigest-output"), result.Written);
        foreach (var file in times.Keys.Where(f => f.StartsWith("authors/", StringComparison.Ordinal) && !changed.Contains(f) && after.Files.ContainsKey(f)))
        {
            Assert.True(times[file] == File.GetLastWriteTimeUtc(Path.Combine(digest.Output, file)), $"{file} did not change but was rewritten");
        }

        FolderSnapshot.AssertIdentical(digest.CleanBuild(temp.Combine("clean")), after, "the incremental build after an author edit");
    }

    [Fact]
    public void Editing_a_write_up_leaves_every_author_page_and_feed_as_it_was()
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        digest.Build();
        var before = FolderSnapshot.Take(digest.Output);
        var entry = Entry(digest, "1802.08024");
        Assert.Contains("\ntldr:", File.ReadAllText(entry), StringComparison.Ordinal);
        File.AppendAllText(entry, "\nA paragraph added to the end of the write-up.\n");

        digest.Build();

        var after = FolderSnapshot.Take(digest.Output);
        var changed = Changed(before, after);
        Assert.Contains("papers/1802.08024/index.html", changed);
        Assert.Contains("feed.xml", changed);
        Assert.DoesNotContain(changed, f => f.StartsWith("authors", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_added_to_authors_yml_gathers_their_papers_on_one_page_and_reaches_the_citations()
    {
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        digest.Build();
        var entry = Entry(digest, "1802.08024");
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("Olaf Witkowski", "O. Witkowski", StringComparison.Ordinal));
        File.AppendAllText(Path.Combine(digest.Input, "authors.yml"),
            "olaf:\n  name: Olaf Witkowski\n  orcid: 0000-0002-1825-0097\n  aliases: [O. Witkowski]\n");

        digest.Build();

        var after = FolderSnapshot.Take(digest.Output);
        Assert.True(after.Files.ContainsKey("authors/olaf/feed.json"));
        Assert.False(after.Files.ContainsKey("authors/olaf-witkowski/index.html"));
        Assert.False(after.Files.ContainsKey("authors/o-witkowski/index.html"));
        var page = System.Text.Encoding.UTF8.GetString(after.Files["papers/1802.08024/index.html"]);
        Assert.Contains("<a href=\"/authors/olaf/\">O. Witkowski</a>", page, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"0000-0002-1825-0097\"", page, StringComparison.Ordinal);
        FolderSnapshot.AssertIdentical(digest.CleanBuild(temp.Combine("clean")), after, "the incremental build after an authors.yml edit");
    }

    private static string Entry(DigestCopy digest, string arxiv) =>
        digest.Entries().First(e => File.ReadAllText(e).Contains($"arxiv: \"{arxiv}\"", StringComparison.Ordinal));

    private static HashSet<string> Changed(FolderSnapshot before, FolderSnapshot after) =>
        [.. after.Files.Keys.Where(f => !before.Files.TryGetValue(f, out var old) || !old.AsSpan().SequenceEqual(after.Files[f]))];

    private static Dictionary<string, DateTime> ModificationTimes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.GetLastWriteTimeUtc, StringComparer.Ordinal);
}
