using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Parsing;
using PaperDigest.Reading;

namespace PaperDigest.MicroBenchmarks;

/// <summary>One entry file as the parse stage receives it, the rules it is checked against, and the paper it parses to.</summary>
internal sealed record BenchmarkEntry(SourceFile Source, EntryRules Rules, Paper Paper)
{
    /// <summary>Reads an entry of a digest folder with that digest's tags.yml, and parses it once; an error stops the benchmark.</summary>
    public static BenchmarkEntry Read(string inputRoot, string relativePath)
    {
        var diagnostics = new DiagnosticBag();
        var tags = InputReader.Read(inputRoot, "tags.yml", diagnostics) is { } tagsFile ? TagRegistryParser.Parse(tagsFile, diagnostics) : null;
        var source = InputReader.Read(inputRoot, relativePath, diagnostics);
        // Future days allowed: the sample's dates must not make the benchmark depend on the clock.
        var rules = new EntryRules(tags ?? new TagRegistry([]), DateOnly.FromDateTime(DateTime.UtcNow), AllowFuture: true);
        var paper = source is null ? null : PaperParser.Parse(source, rules, diagnostics);
        if (source is null || paper is null || diagnostics.HasErrors)
        {
            throw new InvalidOperationException($"{relativePath}: {string.Join("; ", diagnostics.Items.Select(d => d.ToString()))}");
        }

        return new BenchmarkEntry(source, rules, paper);
    }
}
