using PaperDigest.Feeds;

namespace PaperDigest.Tests.Feeds;

/// <summary>The feed addresses subscribers and discovery links rely on (DESIGN.md §5); changing one breaks subscriptions.</summary>
public sealed class FeedPathsTests
{
    // xunit runs public methods only and FeedFormat is internal: the value arrives as an Enum.
    [Theory]
    [InlineData("/", FeedFormat.Rss, "/feed.xml")]
    [InlineData("/", FeedFormat.Atom, "/atom.xml")]
    [InlineData("/", FeedFormat.Json, "/feed.json")]
    [InlineData("/tags/diffusion-models/", FeedFormat.Rss, "/tags/diffusion-models/feed.xml")]
    [InlineData("/tags/diffusion-models/", FeedFormat.Atom, "/tags/diffusion-models/atom.xml")]
    [InlineData("/tags/diffusion-models", FeedFormat.Json, "/tags/diffusion-models/feed.json")]
    public void A_feed_sits_beside_the_page_it_follows(string pagePath, Enum format, string expected)
    {
        Assert.Equal(expected, FeedPaths.For(pagePath, (FeedFormat)format));
    }

    [Fact]
    public void Site_and_tag_shortcuts_and_the_opml_file_have_the_documented_paths()
    {
        Assert.Equal("/feed.json", FeedPaths.ForSite(FeedFormat.Json));
        Assert.Equal("/tags/x/atom.xml", FeedPaths.ForTag("x", FeedFormat.Atom));
        Assert.Equal("/feeds.opml", FeedPaths.Opml);
        Assert.Equal([FeedFormat.Rss, FeedFormat.Atom, FeedFormat.Json], FeedPaths.Formats);
    }

    [Theory]
    [InlineData(FeedFormat.Rss, "application/rss+xml", "RSS")]
    [InlineData(FeedFormat.Atom, "application/atom+xml", "Atom")]
    [InlineData(FeedFormat.Json, "application/feed+json", "JSON Feed")]
    public void Each_format_has_its_registered_media_type(Enum format, string mediaType, string label)
    {
        Assert.Equal(mediaType, FeedPaths.MediaType((FeedFormat)format));
        Assert.Equal(label, FeedPaths.Label((FeedFormat)format));
    }
}
