using System.Text;
using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Parsing;
using PaperDigest.Reading;

namespace PaperDigest.Tests.Parsing;

/// <summary>Parses entries and configuration files written as strings in a test, the way the build reads them from disk.</summary>
internal static class EntryText
{
    /// <summary>The rules of the golden cases: their tag registry, today 2025-06-01, no scheduled posts.</summary>
    public static EntryRules Rules => DiagnosticGoldenTests.Rules;

    public static SourceFile Source(string path, string text)
    {
        var bag = new DiagnosticBag();
        var source = SourceDecoder.Decode(path, Encoding.UTF8.GetBytes(text), bag);
        Assert.Empty(bag.Items);
        return source!;
    }

    /// <summary>Parses an entry that must be valid.</summary>
    public static Paper Paper(string path, string text)
    {
        var bag = new DiagnosticBag();
        var paper = PaperParser.Parse(Source(path, text), Rules, bag);
        Assert.True(paper is not null && !bag.HasErrors, $"{path} should be valid: " + string.Join("; ", bag.Items));
        return paper!;
    }

    /// <summary>Parses an entry and returns its diagnostics, sorted, as <c>path:line:col: error PDxxxx: message</c>.</summary>
    public static IReadOnlyList<string> Diagnostics(string text, EntryRules? rules = null)
    {
        var bag = new DiagnosticBag();
        PaperParser.Parse(Source("entry.md", text), rules ?? Rules, bag);
        return Lines(bag);
    }

    public static IReadOnlyList<string> Lines(DiagnosticBag bag) => Lines(bag.Items);

    public static IReadOnlyList<string> Lines(IEnumerable<Diagnostic> diagnostics) =>
        [.. DiagnosticOrder.Sort(diagnostics).Select(d => d.ToString())];

    /// <summary>A valid entry; <paramref name="extra"/> lines are added to its front matter.</summary>
    public static string Entry(string title, params string[] extra) =>
        "---\n"
        + $"title: \"{title}\"\n"
        + "authors: [Ada Lovelace]\n"
        + "date: 2025-03-11\n"
        + "tags: [active-matter]\n"
        + string.Concat(extra.Select(line => line + "\n"))
        + "---\n"
        + "A short write-up.\n";
}
