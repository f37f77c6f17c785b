using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using PaperDigest.Rendering;
using PaperDigest.Search;

namespace PaperDigest.Tests.Search;

/// <summary>
/// The large synthetic digest (10,000 entries; <c>PAPERDIGEST_SEARCH_ENTRIES</c> sets another count) and its search
/// index, made once per test run for the tests that read the index and the ones that search it in Chromium.
/// </summary>
internal sealed class LargeSearchDigest
{
    private static readonly Lazy<LargeSearchDigest> Shared = new(() => new LargeSearchDigest(Entries));

    private LargeSearchDigest(int entries)
    {
        Papers = SyntheticPapers.Make(entries);
        var clock = Stopwatch.StartNew();
        Index = SearchIndexBuilder.Build(SearchPapers.Site(), SearchPapers.Tags, Papers, SearchPapers.Words);
        IndexSeconds = clock.Elapsed.TotalSeconds;
    }

    public static LargeSearchDigest Instance => Shared.Value;

    public static int Entries => int.TryParse(Environment.GetEnvironmentVariable("PAPERDIGEST_SEARCH_ENTRIES"), CultureInfo.InvariantCulture, out var n) && n > 0
        ? n
        : 10_000;

    public ImmutableArray<RenderedPaper> Papers { get; }

    public SearchIndex Index { get; }

    /// <summary>How long the index took to build, for the figures the tests print (nothing asserts it).</summary>
    public double IndexSeconds { get; }
}
