using PaperDigest.Indexing;
using PaperDigest.Theming;
using PaperDigest.Writing;

namespace PaperDigest.Emitting;

/// <summary>What an emitter works from (the model, the theme, the view factory) and where it writes.</summary>
public sealed record EmitContext(SiteModel Model, Theme Theme, ViewFactory Views, StagedOutput Output, BuildInputs Inputs);
