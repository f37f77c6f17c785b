using PaperDigest.Diagnostics;
using PaperDigest.Incremental;
using PaperDigest.Parsing;
using PaperDigest.Rendering;
using PaperDigest.Tests.Parsing;

namespace PaperDigest.Tests.Fuzzing;

/// <summary>
/// Mutated real inputs through every reader of untrusted text: each must end in a result or diagnostics pointing inside
/// the file — never another exception, never a hang. <see cref="FuzzSettings.DefaultCases"/> cases per reader keep the
/// six at about a minute; for a longer run set <c>PAPERDIGEST_FUZZ_CASES</c> (and a fresh <c>PAPERDIGEST_FUZZ_SEED</c>):
/// <c>PAPERDIGEST_FUZZ_CASES=100000 PAPERDIGEST_FUZZ_SEED=7 dotnet test --filter FullyQualifiedName~ReaderFuzzTests</c>.
/// </summary>
[RunsLong]
public sealed class ReaderFuzzTests
{
    public static TheoryData<string> Readers => ["front-matter", "site-yml", "tags-yml", "bibtex", "arxiv-atom"];

    [Theory]
    [MemberData(nameof(Readers))]
    public void Mutated_inputs_give_a_result_or_diagnostics(string reader)
    {
        var target = reader switch
        {
            "front-matter" => FuzzTargets.FrontMatter,
            "site-yml" => FuzzTargets.SiteConfig,
            "tags-yml" => FuzzTargets.TagRegistry,
            "bibtex" => FuzzTargets.BibTex,
            _ => FuzzTargets.ArxivAtom,
        };

        AssertNoFailures(target);
    }

    [Fact]
    public void Mutated_write_ups_render_or_give_diagnostics()
    {
        var bag = new DiagnosticBag();
        var site = SiteConfigParser.Parse(EntryText.Source("site.yml", File.ReadAllText(Path.Combine(RepoPaths.Input, "site.yml"))), bag)!;
        using var cache = EntryCache.Uncached();
        var renderer = PaperRenderer.For(site, EntryText.Rules.Tags, cache);

        AssertNoFailures(FuzzTargets.WriteUp(renderer));
    }

    private static void AssertNoFailures(FuzzTarget target)
    {
        Assert.NotEmpty(target.Seeds);
        var failures = FuzzRunner.Run(target, FuzzSettings.Seed, FuzzSettings.Cases, FuzzSettings.OnlyCase);
        Assert.True(failures.Count == 0, $"{failures.Count} kind(s) of failure:\n\n" + string.Join("\n\n", failures));
    }
}
