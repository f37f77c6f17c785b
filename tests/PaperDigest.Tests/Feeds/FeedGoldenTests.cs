using System.Text;

namespace PaperDigest.Tests.Feeds;

/// <summary>
/// Golden files under <c>TestFiles/Feeds/expected/</c>: every feed (RSS, Atom, JSON Feed; the site's and each tag's)
/// the weekly newsletter's feed and the OPML file of the digest in <c>TestFiles/Feeds/digest/</c>, compared byte for byte (a checkout's CR LF in the
/// expected files aside). Run with <c>UPDATE_GOLDEN=1</c> to rewrite them in the source tree, then read every changed
/// file before keeping it.
/// </summary>
public sealed class FeedGoldenTests(GoldenDigestFixture fixture) : IClassFixture<GoldenDigestFixture>
{
    private static readonly string Folder = Path.Combine(RepoPaths.TestFiles, "Feeds", "expected");

    private static readonly bool UpdateGolden = Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    private static readonly string[] Pages =
    [
        "", "tags/generative-models/", "tags/physics-and-chemistry/", "tags/unused/",
        "authors/jianwen-xie/", "authors/o-neil-jr/", "authors/ruiqi-gao/", "authors/yaxuan-zhu/", "authors/ying-nian-wu/", "authors/zoe-angstrom/",
    ];

    /// <summary>Every feed file the digest must have, as output paths.</summary>
    private static readonly IReadOnlyList<string> Files =
        [.. Pages.SelectMany(page => new[] { "feed.xml", "atom.xml", "feed.json" }.Select(file => page + file)), "feeds.opml", "authors.opml", "newsletter/feed.xml"];

    public static TheoryData<string> Cases => [.. Files];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Feed_matches_the_golden_file(string file)
    {
        var actualPath = Path.Combine(fixture.Output, file);
        Assert.True(File.Exists(actualPath), $"the build wrote no {file}");
        var actual = File.ReadAllBytes(actualPath);
        var path = Path.Combine(Folder, file);
        var exists = File.Exists(path);
        var expected = exists ? WithoutCarriageReturns(File.ReadAllBytes(path)) : [];
        if (UpdateGolden && (!exists || !expected.AsSpan().SequenceEqual(actual)))
        {
            var source = Path.Combine(RepoPaths.SourceTestFiles, "Feeds", "expected", file);
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            File.WriteAllBytes(source, actual);
            return;
        }

        Assert.True(exists, $"{path} is missing; run the tests with UPDATE_GOLDEN=1 to create it, then read it");
        // Strings first, for a readable difference; then bytes, for what strings hide (a BOM, the final newline).
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
        Assert.True(expected.AsSpan().SequenceEqual(actual), $"{file} differs from its golden file in bytes");
    }

    [Fact]
    public void Every_feed_file_of_the_build_has_a_golden_file_and_every_golden_file_a_feed()
    {
        var feedNames = new HashSet<string>(StringComparer.Ordinal) { "feed.xml", "atom.xml", "feed.json", "feeds.opml", "authors.opml" };
        var built = Directory.EnumerateFiles(fixture.Output, "*", SearchOption.AllDirectories)
            .Where(f => feedNames.Contains(Path.GetFileName(f)))
            .Select(f => Path.GetRelativePath(fixture.Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(Files.Order(StringComparer.Ordinal), built);

        var golden = (Directory.Exists(Folder) ? Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories) : [])
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Where(f => !Files.Contains(f))
            .ToList();
        Assert.True(golden.Count == 0, "golden files of no feed: " + string.Join(", ", golden));
    }

    private static byte[] WithoutCarriageReturns(byte[] bytes) => [.. bytes.Where(b => b != (byte)'\r')];
}
