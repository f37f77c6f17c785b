using PaperDigest.Incremental;
using PaperDigest.Indexing;
using PaperDigest.Theming;
using PaperDigest.Writing;

namespace PaperDigest.Emitting;

/// <summary>
/// What an emitter works from (the model, the theme, the view factory), where it writes, and the keys that let
/// it skip files unchanged since the last build.
/// </summary>
internal sealed record EmitContext(SiteModel Model, Theme Theme, ViewFactory Views, StagedOutput Output, BuildInputs Inputs, PageKeys Keys);
