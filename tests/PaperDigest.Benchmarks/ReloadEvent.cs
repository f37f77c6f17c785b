namespace PaperDigest.Benchmarks;

/// <summary>One live-reload event as it reached the listener: <c>reload</c> or <c>failed</c>, when (a <see cref="System.Diagnostics.Stopwatch"/> timestamp), and the build time the server reported.</summary>
internal sealed record ReloadEvent(string Name, long Timestamp, long BuildMilliseconds);
