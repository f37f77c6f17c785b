namespace PaperDigest.Feeds;

/// <summary>
/// The stream a thread writes its feeds into, kept from one feed to the next: a feed is written into it and copied
/// once into an array of its exact length, instead of into a new stream that grows by copying itself.
/// </summary>
internal static class FeedBuffer
{
    /// <summary>A buffer that grew beyond this is used for its feed only.</summary>
    private const int MaxKept = 1 << 20;

    [ThreadStatic]
    private static MemoryStream? stream;

    /// <summary>The bytes <paramref name="write"/> writes to a stream, with a final newline.</summary>
    public static byte[] Stream(Action<Stream> write)
    {
        var buffer = stream ?? new MemoryStream(64 * 1024);
        stream = null;
        buffer.SetLength(0);
        write(buffer);
        buffer.WriteByte((byte)'\n');
        var bytes = buffer.ToArray();
        stream = buffer.Capacity <= MaxKept ? buffer : null;
        return bytes;
    }
}
