namespace PaperDigest.Incremental;

/// <summary>
/// One file of a finished build: what it was made from (<see cref="MadeFrom"/>, None when the emitter gives nothing),
/// its content, its size and modification time when written (to notice a file changed behind our back), and the
/// inline <c>style</c> attribute values it holds, which the Content-Security-Policy must allow even when the file
/// is kept rather than made again.
/// </summary>
internal readonly record struct OutputRecord(Fingerprint MadeFrom, Fingerprint Content, long Length, long WriteTicks, IReadOnlyList<string>? InlineStyles = null);
