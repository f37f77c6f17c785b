using PaperDigest.Incremental;

namespace PaperDigest.Tests.Incremental;

/// <summary>Reading a damaged cache file: a wrong count is a format error (a cache miss), never an attempt to allocate it.</summary>
public sealed class CacheFileTests
{
    [Fact]
    public void A_cached_author_count_larger_than_the_file_is_a_format_error_not_an_allocation()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(int.MaxValue);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        Assert.Throws<FormatException>(() => reader.ReadCount());
    }
}
