using PaperDigest.Reading;

namespace PaperDigest.Emitting;

/// <summary>
/// The digest folder as scanned; only the asset emitter (to copy <c>static/</c> as it is) and the figure emitter (to
/// make the figures' files) read from it.
/// </summary>
internal sealed record BuildInputs(InputTree Tree);
