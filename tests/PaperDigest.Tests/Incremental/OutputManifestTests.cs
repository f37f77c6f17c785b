using PaperDigest.Diagnostics;
using PaperDigest.Incremental;

namespace PaperDigest.Tests.Incremental;

/// <summary>The output manifest in the build cache: what it keeps of every file, and what it refuses to read.</summary>
public sealed class OutputManifestTests
{
    private static readonly ManifestSummary Summary = new(3, 2, 1, [new Diagnostic(new SourceLocation(SourcePath.InInput("in", "papers/a.md"), 1, 2), Severity.Warning, "PD001", "a warning")], new Fingerprint(8, 8));

    [Fact]
    public void A_saved_manifest_reads_back_with_every_file_in_order_and_each_files_inline_styles()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("output.manifest");
        OutputFile[] files =
        [
            new("index.html", new OutputRecord(Key(1), Key(2), 10, 100)),
            new("newsletter/2025-W18.html", new OutputRecord(Key(3), Key(4), 20, 200, ["color:red;", "margin:0;"])),
            new("newsletter/2025-W19.html", new OutputRecord(Key(5), Key(6), 30, 300, ["margin:0;", "padding:1px;"])),
            new("newsletter/2025-W19.txt", new OutputRecord(Key(5), Key(7), 40, 400)),
        ];
        new OutputManifest("build-1", Key(9), Summary, files).Save(path);

        var loaded = OutputManifest.Load(path, new SourceRoots("in", "theme"));

        Assert.NotNull(loaded);
        Assert.Equal("build-1", loaded.BuildId);
        Assert.Equal(Key(9), loaded.Stamp);
        Assert.Equal(Summary.Warnings.Select(w => w.ToString()), loaded.Summary.Warnings.Select(w => w.ToString()));
        Assert.Equal(Summary.Site, loaded.Summary.Site);
        // The warnings name their files as the input folder is given to the build that reads them.
        Assert.Equal("/elsewhere/in/papers/a.md:1:2: warning PD001: a warning", OutputManifest.Load(path, new SourceRoots("/elsewhere/in", "theme"))!.Summary.Warnings[0].ToString());
        Assert.Equal(files.Select(f => (f.Path, f.Record.MadeFrom, f.Record.Content, f.Record.Length, f.Record.WriteTicks)),
            loaded.Files.Select(f => (f.Path, f.Record.MadeFrom, f.Record.Content, f.Record.Length, f.Record.WriteTicks)));
        Assert.Equal(files.Select(f => f.Record.InlineStyles ?? []), loaded.Files.Select(f => f.Record.InlineStyles ?? []));
        Assert.Equal(2, loaded.IndexOf("newsletter/2025-W19.html"));
        Assert.Equal(-1, loaded.IndexOf("newsletter/2025-W20.html"));
    }

    [Fact]
    public void Files_out_of_order_or_twice_are_refused()
    {
        var a = new OutputFile("a.html", new OutputRecord(Key(1), Key(2), 1, 1));
        var b = new OutputFile("b.html", new OutputRecord(Key(1), Key(2), 1, 1));

        Assert.Throws<ArgumentException>(() => new OutputManifest("x", Key(1), Summary, [b, a]));
        Assert.Throws<ArgumentException>(() => new OutputManifest("x", Key(1), Summary, [a, a]));
    }

    [Fact]
    public void A_truncated_manifest_reads_as_none()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("output.manifest");
        new OutputManifest("build-1", Key(9), Summary, [new("a.html", new OutputRecord(Key(1), Key(2), 1, 1, ["margin:0;"]))]).Save(path);
        var bytes = File.ReadAllBytes(path);

        for (var length = 0; length < bytes.Length; length += 7)
        {
            File.WriteAllBytes(path, bytes[..length]);
            Assert.Null(OutputManifest.Load(path, new SourceRoots("in", "theme")));
        }
    }

    private static Fingerprint Key(ulong n) => new(n, n * 31);
}
