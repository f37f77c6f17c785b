namespace PaperDigest.Incremental;

/// <summary>
/// One file of a finished build: what it was made from (<see cref="Key"/>, None when the emitter gives no key),
/// its content, and its size and modification time when written, to notice a file changed behind our back.
/// </summary>
public readonly record struct OutputRecord(Fingerprint Key, Fingerprint Content, long Length, long WriteTicks);
