using System.Text;
using PaperDigest.Theming;

namespace PaperDigest.Tests.Theming;

/// <summary>A page encoded from the renderer's buffer has the bytes of the same text encoded as a whole.</summary>
public sealed class PageBytesTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [Fact]
    public void A_page_in_many_chunks_has_the_bytes_of_its_text()
    {
        var random = new Random(7);
        // Letters, accents, CJK, emoji (surrogate pairs) and lone surrogates, appended in pieces so the builder holds
        // many chunks and some pairs are split between two of them.
        string[] pieces = ["a", "é", "語", "😀", "\uD83D", "\uDE00", "<p>", "\n", "∑"];
        for (var round = 0; round < 200; round++)
        {
            var text = new StringBuilder(16);
            var length = random.Next(0, 5000);
            while (text.Length < length)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            var whole = text.ToString();
            Assert.Equal(Utf8.GetBytes(whole), PageBytes.Of(text).ToArray());
            Assert.Equal(Utf8.GetBytes(whole), PageBytes.Of(whole).ToArray());
        }
    }

    [Fact]
    public void A_pair_split_at_a_chunk_boundary_stays_one_character()
    {
        var text = new StringBuilder(1);
        text.Append('x', 15).Append('\uD83D');
        // Appended after the first chunk is full, so the pair's halves lie in two chunks.
        text.Append(new string('\uDE00', 1)).Append('y', 20);
        Assert.True(CountChunks(text) > 1);
        Assert.Equal(Utf8.GetBytes(text.ToString()), PageBytes.Of(text).ToArray());
        Assert.Contains("😀", Encoding.UTF8.GetString(PageBytes.Of(text)));
    }

    [Fact]
    public void A_short_page_after_a_long_one_has_only_its_own_bytes()
    {
        Assert.Equal(20_000, PageBytes.Of(new StringBuilder(new string('a', 20_000))).Length);
        Assert.Equal("<p>b</p>"u8.ToArray(), PageBytes.Of(new StringBuilder("<p>b</p>")).ToArray());
        // An unpaired high surrogate at the very end is flushed as U+FFFD, as a whole-string encoding does.
        Assert.Equal(Utf8.GetBytes("b\uD83D"), PageBytes.Of(new StringBuilder("b\uD83D")).ToArray());
    }

    private static int CountChunks(StringBuilder text)
    {
        var count = 0;
        foreach (var _ in text.GetChunks())
        {
            count++;
        }

        return count;
    }
}
