namespace PaperDigest.Benchmarks;

/// <summary>
/// One saved edit under <c>paperdigest serve</c>: from the file write to the live-reload event reaching a listener,
/// and to the open page showing the new text; and the build time the server reported for it.
/// </summary>
internal sealed record ServeEditTimed(string Kind, int Run, double EventMilliseconds, double PageMilliseconds, long BuildMilliseconds);
