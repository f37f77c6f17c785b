namespace PaperDigest.Tests.Site;

/// <summary>
/// The sample digest with <c>page_size: 2</c>, built once: every listing paginates, and its three-paper days are
/// larger than a page, so the pagination rules are exercised where the sample (page_size 10) does not reach.
/// </summary>
public sealed class PagedSampleSiteFixture : IDisposable
{
    public const int PageSize = 2;

    private readonly TempFolder temp = new();

    public PagedSampleSiteFixture()
    {
        var input = temp.CopyFrom(RepoPaths.Input, "input");
        var siteYml = Path.Combine(input, "site.yml");
        var lines = File.ReadAllLines(siteYml);
        Assert.Contains(lines, l => l.StartsWith("page_size:", StringComparison.Ordinal));
        File.WriteAllLines(siteYml, lines.Select(l => l.StartsWith("page_size:", StringComparison.Ordinal) ? $"page_size: {PageSize}" : l));
        Site = BuiltSite.Build(input, temp.Combine("site"), SharedImages.Memo);
    }

    internal BuiltSite Site { get; }

    public void Dispose() => temp.Dispose();
}
