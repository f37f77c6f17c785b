namespace PaperDigest.Incremental;

/// <summary>
/// A cache file opened for reading, whose length is asked of the file system once: readers check every count they
/// read against what is left of the file (<see cref="CacheFile.ReadCount"/>), and a file stream asks the system for
/// its length each time (a system call per count: in a sampled profile of title edits, most of the time spent reading
/// the entry cache).
/// </summary>
internal sealed class CacheFileStream(FileStream file) : Stream
{
    private readonly long length = file.Length;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => file.Position;
        set => file.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => file.Read(buffer, offset, count);

    public override int Read(Span<byte> buffer) => file.Read(buffer);

    public override int ReadByte() => file.ReadByte();

    public override long Seek(long offset, SeekOrigin origin) => file.Seek(offset, origin);

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            file.Dispose();
        }

        base.Dispose(disposing);
    }
}
