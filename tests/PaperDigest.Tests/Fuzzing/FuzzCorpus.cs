using System.Text;

namespace PaperDigest.Tests.Fuzzing;

/// <summary>The real files the fuzzer mutates: the sample digest's and the test files of each reader.</summary>
internal static class FuzzCorpus
{
    public static IReadOnlyList<byte[]> Entries { get; } =
    [
        .. Files(Path.Combine(RepoPaths.Input, "papers"), "*.md"),
        .. Files(Path.Combine(RepoPaths.Input, "pages"), "*.md"),
        .. Files(Path.Combine(RepoPaths.TestFiles, "Diagnostics"), "*.md"),
        .. Files(Path.Combine(RepoPaths.TestFiles, "Feeds", "digest"), "*.md"),
    ];

    /// <summary>The write-ups of the entries, and the formulas of the MathML tests in prose.</summary>
    public static IReadOnlyList<byte[]> WriteUps { get; } =
    [
        .. Entries.Select(Body).Where(b => b.Length > 0),
        .. MathML.RealisticFormulas.All.Select(f => Encoding.UTF8.GetBytes(f.Display ? $"Where\n\n$${f.Tex}$$\n\nholds." : $"So ${f.Tex}$ holds.")),
    ];

    public static IReadOnlyList<byte[]> SiteFiles { get; } = [.. YamlFiles("site.yml")];

    public static IReadOnlyList<byte[]> TagFiles { get; } = [.. YamlFiles("tags.yml")];

    public static IReadOnlyList<byte[]> BibTexFiles { get; } =
    [
        .. Files(Path.Combine(RepoPaths.TestFiles, "Scaffolding"), "*.bib"),
        .. Files(Path.Combine(RepoPaths.TestFiles, "Citations"), "*.bib"),
    ];

    /// <summary>The saved arXiv response, and the Atom and RSS feeds of the feed tests: well-formed XML of the same family.</summary>
    public static IReadOnlyList<byte[]> AtomFiles { get; } =
    [
        .. Files(Path.Combine(RepoPaths.TestFiles, "Scaffolding"), "*.atom"),
        .. Files(Path.Combine(RepoPaths.TestFiles, "Feeds", "expected"), "*.xml"),
    ];

    private static IEnumerable<byte[]> YamlFiles(string name) =>
        new[] { RepoPaths.Input, Path.Combine(RepoPaths.TestFiles, "Feeds", "digest"), Path.Combine(RepoPaths.TestFiles, "Diagnostics") }
            .Select(folder => Path.Combine(folder, name))
            .Where(File.Exists)
            .Select(File.ReadAllBytes);

    private static IEnumerable<byte[]> Files(string folder, string pattern) =>
        Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes);

    /// <summary>What follows the closing '---' of the front matter.</summary>
    private static byte[] Body(byte[] entry)
    {
        var text = Encoding.UTF8.GetString(entry);
        var close = text.IndexOf("\n---\n", StringComparison.Ordinal);
        return close < 0 ? [] : Encoding.UTF8.GetBytes(text[(close + 5)..]);
    }
}
