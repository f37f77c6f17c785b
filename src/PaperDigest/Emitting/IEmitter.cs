namespace PaperDigest.Emitting;

/// <summary>Produces one kind of output (paper pages, feeds, sitemap...) from the site model.</summary>
internal interface IEmitter
{
    /// <summary>Emits files and reports how many pages and feeds it wrote.</summary>
    EmitCount Emit(EmitContext context);
}
