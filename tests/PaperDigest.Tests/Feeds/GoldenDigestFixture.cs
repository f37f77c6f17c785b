using PaperDigest.Building;

namespace PaperDigest.Tests.Feeds;

/// <summary>
/// The small fixed digest of <c>TestFiles/Feeds/digest/</c> built once with the default theme: three papers (one with an
/// arXiv id, whose feed id is its URN; one with only a DOI full of characters an IRI cannot hold and its own slug,
/// whose feed id is its permalink; one with neither and no authors, renamed from an alias, whose feed id is that
/// alias), three tags (one without papers), a base URL with a path and a time zone west of UTC that changes to summer
/// time between two of the digest days.
/// </summary>
public sealed class GoldenDigestFixture : IDisposable
{
    private readonly TempFolder temp = new();

    public GoldenDigestFixture()
    {
        Output = temp.Combine("site");
        var result = SiteBuilder.Build(new BuildOptions(Input, RepoPaths.Theme, Output));
        Assert.True(result.Succeeded, "the golden digest should build:\n" + string.Join('\n', result.Diagnostics));
    }

    public static string Input => Path.Combine(RepoPaths.TestFiles, "Feeds", "digest");

    public string Output { get; }

    public void Dispose() => temp.Dispose();
}
