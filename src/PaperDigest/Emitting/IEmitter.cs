namespace PaperDigest.Emitting;

/// <summary>
/// Produces one kind of output (paper pages, feeds, sitemap...) from the site model. An emitter says which of the
/// site's facts its files add and which it reads; it runs after every emitter that adds what it reads
/// (<see cref="EmitterOrder"/>), and reading a fact before then, or adding one it did not declare, is an error.
/// </summary>
internal interface IEmitter
{
    /// <summary>The facts this emitter's files add to the site.</summary>
    SiteFacts Adds { get; }

    /// <summary>The facts this emitter reads from the files of others.</summary>
    SiteFacts Reads { get; }

    /// <summary>Emits files and reports how many pages and feeds it wrote.</summary>
    EmitCount Emit(EmitContext context);
}
