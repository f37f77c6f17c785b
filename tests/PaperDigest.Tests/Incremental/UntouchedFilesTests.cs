using PaperDigest.Diagnostics;
using PaperDigest.Incremental;
using PaperDigest.Writing;

namespace PaperDigest.Tests.Incremental;

/// <summary>The checks that the files of the last build are still in the output folder as it left them.</summary>
public sealed class UntouchedFilesTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_file_changed_deleted_or_with_another_time_is_touched_and_the_others_are_not(bool inBackground)
    {
        using var temp = new TempFolder();
        var names = new[] { "a.html", "b/changed.html", "b/deleted.html", "c/retimed.html", "d.html" };
        var files = new List<OutputFile>();
        foreach (var name in names)
        {
            var path = Path.Combine(temp.Path, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, $"content of {name}");
            files.Add(new OutputFile(name, new OutputRecord(new Fingerprint(1, 1), new Fingerprint(2, 2), new FileInfo(path).Length, File.GetLastWriteTimeUtc(path).Ticks)));
        }

        var manifest = new OutputManifest("build", new Fingerprint(3, 3), new ManifestSummary(0, 0, 0, Array.Empty<Diagnostic>(), new Fingerprint(4, 4)), files);
        var time = File.GetLastWriteTimeUtc(Path.Combine(temp.Path, "b/changed.html"));
        File.WriteAllText(Path.Combine(temp.Path, "b/changed.html"), "content of b/changed.htm!");
        File.SetLastWriteTimeUtc(Path.Combine(temp.Path, "b/changed.html"), time.AddSeconds(1));
        File.Delete(Path.Combine(temp.Path, "b/deleted.html"));
        File.SetLastWriteTimeUtc(Path.Combine(temp.Path, "c/retimed.html"), time.AddDays(-1));

        var checks = inBackground ? UntouchedFiles.Start(temp.Path, manifest) : UntouchedFiles.For(temp.Path, manifest);

        Assert.Equal([true, false, false, false, true], names.Select((_, i) => checks.IsUntouched(i)));
        Assert.False(checks.All());
        Assert.True(UntouchedFiles.For(temp.Path, new OutputManifest("build", new Fingerprint(3, 3), manifest.Summary, [files[0], files[4]])).All());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_file_of_a_manifest_of_many_blocks_is_checked_once_by_the_checkers(bool inBackground)
    {
        // More files than the checkers claim at once, so that each of several threads checks some.
        using var temp = new TempFolder();
        var files = new List<OutputFile>();
        for (var i = 0; i < 2_000; i++)
        {
            var name = $"f{i / 100:D2}/page{i:D4}.html";
            var path = Path.Combine(temp.Path, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, name);
            files.Add(new OutputFile(name, new OutputRecord(new Fingerprint(1, 1), new Fingerprint(2, 2), new FileInfo(path).Length, File.GetLastWriteTimeUtc(path).Ticks)));
        }

        var touched = new[] { 7, 640, 1_999 };
        foreach (var i in touched)
        {
            File.Delete(Path.Combine(temp.Path, files[i].Path));
        }

        var manifest = new OutputManifest("build", new Fingerprint(3, 3), new ManifestSummary(0, 0, 0, Array.Empty<Diagnostic>(), new Fingerprint(4, 4)), files);
        var checks = inBackground ? UntouchedFiles.Start(temp.Path, manifest) : UntouchedFiles.For(temp.Path, manifest);

        Assert.False(checks.All());
        Assert.Equal(touched, Enumerable.Range(0, files.Count).Where(i => !checks.IsUntouched(i)));
        var whole = new OutputManifest("build", new Fingerprint(3, 3), manifest.Summary, [.. files.Where((_, i) => !touched.Contains(i))]);
        Assert.True(UntouchedFiles.Start(temp.Path, whole).All());
        Assert.True(UntouchedFiles.For(temp.Path, whole).All());
    }
}
