using PaperDigest.SocialCards;
using SkiaSharp;

namespace PaperDigest.Tests.SocialCards;

public sealed class PngFileTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 3)]
    [InlineData(1200, 630)]
    public void A_decoder_reads_back_every_pixel_that_was_written(int width, int height)
    {
        // Pixels that exercise every byte of each channel, in no pattern a filter would flatten.
        var random = new Random(width * 31 + height);
        var rgba = new byte[width * height * 4];
        random.NextBytes(rgba);
        for (var i = 3; i < rgba.Length; i += 4)
        {
            rgba[i] = 255;
        }

        var png = PngFile.FromRgba(rgba, width, height);

        using var decoded = SKBitmap.Decode(png);
        Assert.NotNull(decoded);
        Assert.Equal((width, height), (decoded.Width, decoded.Height));
        var expected = Enumerable.Range(0, width * height).Select(i => new SKColor(rgba[i * 4], rgba[(i * 4) + 1], rgba[(i * 4) + 2])).ToArray();
        Assert.Equal(expected, decoded.Pixels);
    }

    [Fact]
    public void The_file_is_an_rgb_png_whose_chunks_carry_their_checksums()
    {
        var png = PngFile.FromRgba(new byte[4 * 2 * 2], 2, 2);

        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        var at = 8;
        var types = new List<string>();
        while (at < png.Length)
        {
            var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var typeAndData = png.AsSpan(at + 4, 4 + length);
            var crc = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length));
            Assert.Equal(System.IO.Hashing.Crc32.HashToUInt32(typeAndData), crc);
            types.Add(System.Text.Encoding.ASCII.GetString(typeAndData[..4]));
            at += 12 + length;
        }

        Assert.Equal(["IHDR", "IDAT", "IEND"], types);
        Assert.Equal(2, png[8 + 8 + 9]); // IHDR's colour type: RGB
    }

    [Fact]
    public void Fewer_pixels_than_the_size_are_refused() =>
        Assert.Throws<ArgumentException>(() => PngFile.FromRgba(new byte[4 * 3], 2, 2));
}
