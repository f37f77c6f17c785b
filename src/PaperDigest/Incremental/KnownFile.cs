namespace PaperDigest.Incremental;

/// <summary>A file's size, modification time and status-change time as a build saw them, and the fingerprint of its content then.</summary>
/// <remarks>A class rather than a tuple: the framework's precompiled dictionaries of reference types then serve it without JIT at start-up.</remarks>
internal sealed record KnownFile(long Length, long Ticks, long ChangeTicks, Fingerprint Content);
