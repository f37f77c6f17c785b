using System.Text;
using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Parsing;
using PaperDigest.Reading;

namespace PaperDigest.Tests.Scaffolding;

/// <summary>A tag registry and a parser run shared by the scaffolding tests.</summary>
internal static class ScaffoldingFixtures
{
    public static TagRegistry Tags { get; } = new(
    [
        new Tag("diffusion-models", "Diffusion Models", ""),
        new Tag("active-matter", "Active Matter", ""),
        new Tag("statistical-physics", "Statistical Physics", ""),
    ]);

    /// <summary>Parses entry text the way the build reads a file from disk (bytes decoded, NFC) and returns the paper and every diagnostic.</summary>
    public static (Paper? Paper, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text)
    {
        var bag = new DiagnosticBag();
        var source = SourceDecoder.Decode("papers/2025/entry.md", Encoding.UTF8.GetBytes(text), bag);
        Assert.NotNull(source);
        var paper = PaperParser.Parse(source, new EntryRules(Tags, new DateOnly(2025, 6, 1), AllowFuture: false), bag);
        return (paper, bag.Items);
    }
}
