using PaperDigest.Incremental;
using PaperDigest.Indexing;
using PaperDigest.Theming;

namespace PaperDigest.Emitting;

/// <summary>
/// What an emitter works from (the model, the related papers being found beside the emitters, the theme's assets, the
/// view factory) and where it writes: each file given with what it is made from, so an unchanged one is kept without
/// being made again. <see cref="Today"/> is the day of the build in the digest's time zone, fixed once per build.
/// </summary>
internal sealed record EmitContext(SiteModel Model, RelatedPapersWork Related, Theme Theme, ViewFactory Views, IncrementalOutput Output, BuildInputs Inputs, DateOnly Today);
