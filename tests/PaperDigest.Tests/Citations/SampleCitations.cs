using PaperDigest.Building;
using PaperDigest.Citations;

namespace PaperDigest.Tests.Citations;

/// <summary>
/// The citations the agreement and real-client tests read: every paper of the sample digest (named by its slug) and
/// every test case but the hostile one (named by the case), whose text no reference manager is meant to round-trip.
/// </summary>
internal static class SampleCitations
{
    private static readonly Lazy<DigestContent> Content = new(() =>
        DigestLoader.Load(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, "unused", Today: new DateOnly(2025, 6, 1))).Content
            ?? throw new InvalidOperationException("the sample digest does not load"));

    public static DigestContent Sample => Content.Value;

    public static IReadOnlyList<string> SampleSlugs => [.. Sample.Papers.Select(p => p.Slug)];

    public static IReadOnlyList<string> CaseNames => [.. CitationCases.All.Keys.Where(name => name != "hostile").Order(StringComparer.Ordinal)];

    public static Citation OfSamplePaper(string slug)
    {
        var paper = Sample.Papers.Single(p => p.Slug == slug);
        return Citation.For(paper, Sample.Site, [.. paper.Tags.Select(t => Sample.Tags[t].Name)]);
    }

    public static Citation OfCase(string name)
    {
        var c = CitationCases.All[name];
        return Citation.For(c.Paper, CitationCases.Site, c.Keywords);
    }

    /// <summary>Every sample paper and case, as (name, citation).</summary>
    public static IEnumerable<(string Name, Citation Citation)> All =>
        SampleSlugs.Select(slug => (slug, OfSamplePaper(slug))).Concat(CaseNames.Select(name => ("case-" + name, OfCase(name))));
}
