using BenchmarkDotNet.Attributes;
using PaperDigest.Diagnostics;
using PaperDigest.Incremental;
using PaperDigest.Rendering;

namespace PaperDigest.MicroBenchmarks;

/// <summary>The render stage: one write-up to HTML (inline math; display math), its excerpt, and every write-up of the digest.</summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private GeneratedDigest digest = null!;
    private MarkdownRenderer markdown = null!;
    private string generatedBody = "";
    private string sampleBody = "";

    [GlobalSetup]
    public void Setup()
    {
        digest = GeneratedDigest.Create();
        markdown = MarkdownRenderer.For(digest.Content.Site.BasePath, digest.Content.Site.AllowHtml);
        generatedBody = BenchmarkEntry.Read(digest.InputRoot, digest.EntryPath).Paper.Body;
        sampleBody = BenchmarkEntry.Read(RepoFolders.SampleInput, RepoFolders.SampleEntryWithMath()).Paper.Body;
    }

    [GlobalCleanup]
    public void Cleanup() => digest.Delete();

    [Benchmark]
    public string GeneratedEntryToHtml() => markdown.ToHtml(generatedBody);

    [Benchmark]
    public string SampleEntryWithDisplayMathToHtml() => markdown.ToHtml(sampleBody);

    [Benchmark]
    public string GeneratedEntryExcerpt() => markdown.Excerpt(generatedBody);

    /// <summary>WriteUpRenderer over all <see cref="GeneratedDigest.EntryCount"/> papers, in parallel as in a build.</summary>
    [Benchmark]
    public int AllWriteUps()
    {
        using var cache = EntryCache.Uncached();
        var renderer = PaperRenderer.For(digest.Content.Site, digest.Content.Tags, cache);
        return WriteUpRenderer.Render(digest.Content.Papers, digest.Content.Pages, renderer, new DiagnosticBag(), cache).Papers.Length;
    }
}
