using BenchmarkDotNet.Attributes;
using PaperDigest.Diagnostics;
using PaperDigest.Parsing;

namespace PaperDigest.MicroBenchmarks;

/// <summary>The parse stage for one entry: front matter read and validated, body split off.</summary>
[MemoryDiagnoser]
public class FrontMatterBenchmarks
{
    private GeneratedDigest digest = null!;
    private BenchmarkEntry generated = null!;
    private BenchmarkEntry sample = null!;

    [GlobalSetup]
    public void Setup()
    {
        digest = GeneratedDigest.Create();
        generated = BenchmarkEntry.Read(digest.InputRoot, digest.EntryPath);
        sample = BenchmarkEntry.Read(RepoFolders.SampleInput, RepoFolders.SampleEntryWithMath());
    }

    [GlobalCleanup]
    public void Cleanup() => digest.Delete();

    // The parsed paper as object: BenchmarkDotNet's generated runner names the return type, and Paper is internal.
    [Benchmark]
    public object? ParseGeneratedEntry() => PaperParser.Parse(generated.Source, generated.Rules, new DiagnosticBag());

    [Benchmark]
    public object? ParseSampleEntry() => PaperParser.Parse(sample.Source, sample.Rules, new DiagnosticBag());
}
