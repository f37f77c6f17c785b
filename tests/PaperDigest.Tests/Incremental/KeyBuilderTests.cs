using System.Buffers.Binary;
using System.Runtime.InteropServices;
using PaperDigest.Incremental;

namespace PaperDigest.Tests.Incremental;

/// <summary>
/// A key over an input larger than the builder's buffer is hashed as it comes, and is the key the whole input hashed at
/// once gives: keys saved by a build that buffered everything still match.
/// </summary>
public sealed class KeyBuilderTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(KeyBuilder.MaxBuffer / 8)]
    [InlineData(KeyBuilder.MaxBuffer)]
    [InlineData(KeyBuilder.MaxBuffer * 5)]
    public void A_key_streamed_past_the_buffer_is_the_hash_of_all_its_bytes(int texts)
    {
        var builder = new KeyBuilder("files");
        var whole = new List<byte>();
        Text(whole, "files");
        for (var i = 0; i < texts; i++)
        {
            var text = $"papers/{i}/index.html";
            builder.Add(text).Add(i);
            Text(whole, text);
            Int(whole, i);
        }

        Assert.Equal(Fingerprint.Of(CollectionsMarshal.AsSpan(whole)), builder.Build());
    }

    [Fact]
    public void One_value_larger_than_the_buffer_is_keyed_whole()
    {
        var large = new string('x', KeyBuilder.MaxBuffer * 3);
        var whole = new List<byte>();
        Text(whole, "page");
        Text(whole, "before");
        Text(whole, large);
        Text(whole, "after");

        Assert.Equal(Fingerprint.Of(CollectionsMarshal.AsSpan(whole)), new KeyBuilder("page").Add("before").Add(large).Add("after").Build());
    }

    [Fact]
    public void A_builder_started_again_after_streaming_gives_the_key_of_its_new_input_alone()
    {
        var builder = new KeyBuilder("big");
        for (var i = 0; i < KeyBuilder.MaxBuffer; i++)
        {
            builder.Add(i);
        }

        builder.Build();

        Assert.Equal(new KeyBuilder("small").Add("one").Build(), builder.Restart("small").Add("one").Build());
    }

    private static void Text(List<byte> bytes, string text)
    {
        Int(bytes, text.Length);
        bytes.AddRange(MemoryMarshal.AsBytes(text.AsSpan()).ToArray());
    }

    private static void Int(List<byte> bytes, int value)
    {
        var span = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(span, value);
        bytes.AddRange(span);
    }
}
