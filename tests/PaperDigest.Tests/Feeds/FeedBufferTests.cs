using PaperDigest.Feeds;

namespace PaperDigest.Tests.Feeds;

/// <summary>The buffers a thread keeps between feeds: each feed's bytes are its own, whatever came before.</summary>
public sealed class FeedBufferTests
{
    [Fact]
    public void A_short_feed_after_a_long_one_has_only_its_own_bytes()
    {
        var big = new byte[300_000];
        Array.Fill(big, (byte)'x');
        Assert.Equal(300_001, FeedBuffer.Stream(s => s.Write(big)).Length);
        Assert.Equal("<rss/>\n"u8.ToArray(), FeedBuffer.Stream(s => s.Write("<rss/>"u8)));
    }

    [Fact]
    public void A_feed_written_inside_another_gets_a_buffer_of_its_own()
    {
        var inner = Array.Empty<byte>();
        var outer = FeedBuffer.Stream(s =>
        {
            s.Write("outer"u8);
            inner = FeedBuffer.Stream(t => t.Write("inner"u8));
            s.Write("!"u8);
        });
        Assert.Equal("outer!\n"u8.ToArray(), outer);
        Assert.Equal("inner\n"u8.ToArray(), inner);
    }
}
