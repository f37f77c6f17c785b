using PaperDigest.Reading;

namespace PaperDigest.Emitting;

/// <summary>The digest folder as scanned; only the asset emitter reads from it, to copy <c>static/</c> as it is.</summary>
internal sealed record BuildInputs(InputTree Tree);
