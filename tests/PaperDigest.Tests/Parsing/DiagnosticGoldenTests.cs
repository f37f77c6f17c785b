using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Parsing;
using PaperDigest.Reading;

namespace PaperDigest.Tests.Parsing;

/// <summary>
/// Golden diagnostic cases, discovered from <c>TestFiles/Diagnostics/&lt;case&gt;/</c>: each folder holds a (mostly
/// malformed) <c>entry.md</c> and <c>expected.txt</c>, the diagnostics an editor must see for it, one per line.
/// Run with <c>UPDATE_GOLDEN=1</c> to rewrite the expected files in the source tree from the actual output,
/// then read every changed file before committing it: an expected file states what is right, not what the code does.
/// </summary>
public sealed class DiagnosticGoldenTests
{
    private static readonly string CasesRoot = Path.Combine(RepoPaths.TestFiles, "Diagnostics");

    private static readonly bool UpdateGolden = Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    public static TheoryData<string> Cases
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var folder in Directory.EnumerateDirectories(CasesRoot).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(folder));
            }

            return data;
        }
    }

    /// <summary>The registry and clock every case is checked against: today is 2025-06-01, no scheduled posts.</summary>
    internal static EntryRules Rules { get; } = LoadRules();

    [Fact]
    public void There_are_enough_cases_to_cover_the_entry_format() =>
        Assert.True(Cases.Count >= 30, $"only {Cases.Count} golden cases found under {CasesRoot}");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Entry_reports_exactly_the_expected_diagnostics(string caseName)
    {
        var folder = Path.Combine(CasesRoot, caseName);
        var bytes = File.ReadAllBytes(Path.Combine(folder, "entry.md"));
        var bag = new DiagnosticBag();
        var source = SourceDecoder.Decode("entry.md", bytes, bag);
        var paper = source is null ? null : PaperParser.Parse(source, Rules, bag);
        var actual = string.Join("\n", DiagnosticOrder.Sort(bag.Items).Select(d => d.ToString()));

        var expectedPath = Path.Combine(folder, "expected.txt");
        var exists = File.Exists(expectedPath);
        var expected = exists ? File.ReadAllText(expectedPath).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') : "";
        if (UpdateGolden && (actual != expected || !exists))
        {
            var sourceExpected = Path.Combine(RepoPaths.SourceTestFiles, "Diagnostics", caseName, "expected.txt");
            File.WriteAllText(sourceExpected, actual.Length == 0 ? "" : actual + "\n");
            return;
        }

        Assert.True(exists, $"{expectedPath} is missing; run the tests with UPDATE_GOLDEN=1 to create it, then read it");
        Assert.Equal(expected, actual);
        Assert.True(bag.HasErrors == paper is null,
            paper is null ? "the entry was refused without an error" : "the entry was accepted despite an error");
    }

    private static EntryRules LoadRules()
    {
        var bag = new DiagnosticBag();
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.TestFiles, "Diagnostics", "tags.yml"));
        var file = SourceDecoder.Decode("tags.yml", bytes, bag);
        var registry = file is null ? null : TagRegistryParser.Parse(file, bag);
        if (registry is null || bag.HasErrors)
        {
            throw new InvalidOperationException("TestFiles/Diagnostics/tags.yml is invalid: " + string.Join("; ", bag.Items));
        }

        return new EntryRules(registry, new DateOnly(2025, 6, 1), AllowFuture: false);
    }
}
