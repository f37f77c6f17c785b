using BenchmarkDotNet.Attributes;
using PaperDigest.Content;
using PaperDigest.Feeds;

namespace PaperDigest.MicroBenchmarks;

/// <summary>Each feed writer on a channel of the digest's newest <see cref="ItemCount"/> papers.</summary>
[MemoryDiagnoser]
public class FeedBenchmarks
{
    public const int ItemCount = 20;

    private GeneratedDigest digest = null!;
    private SiteConfig site = null!;
    private TagRegistry tags = null!;
    private FeedChannel channel = null!;

    [GlobalSetup]
    public void Setup()
    {
        digest = GeneratedDigest.Create();
        var model = digest.Model;
        site = model.Site with { FeedItems = ItemCount };
        tags = new TagRegistry([.. model.Tags.Select(t => t.Tag)]);
        var newest = model.Papers.Take(ItemCount).ToList();
        channel = new FeedChannel(site.Title, site.Description, "/", newest, newest[0].Paper.Date);
    }

    [GlobalCleanup]
    public void Cleanup() => digest.Delete();

    [Benchmark]
    public byte[] Rss() => RssFeedWriter.Write(site, tags, channel);

    [Benchmark]
    public byte[] Atom() => AtomFeedWriter.Write(site, tags, channel);

    [Benchmark]
    public byte[] JsonFeed() => JsonFeedWriter.Write(site, tags, channel);
}
