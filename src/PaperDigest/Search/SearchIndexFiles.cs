using PaperDigest.Emitting;
using PaperDigest.Incremental;

namespace PaperDigest.Search;

/// <summary>
/// Writes the search index (<see cref="SearchIndexBuilder"/>) under <c>/search/</c>, keeping the files of the parts
/// that did not change since the last build (remembered in the build cache, <see cref="SearchIndexCache"/>).
/// </summary>
internal sealed class SearchIndexFiles : IEmitter
{
    public SiteFacts Adds => SiteFacts.None;

    public SiteFacts Reads => SiteFacts.None;

    public const string Folder = "search/";

    public EmitCount Emit(EmitContext context)
    {
        var output = context.Output;
        var cache = output.CacheFolder is { } folder ? new SearchIndexCache(folder) : null;
        var reuse = cache is null ? null : new SearchIndexReuse(cache.Load(), (name, madeFrom) => output.CanKeepMadeFrom(Folder + name, madeFrom));
        // Each file is written as it is made, so the index of a large digest is never held whole.
        var index = SearchIndexBuilder.Build(context.Model, reuse, file => output.Bytes(Folder + file.Name, file.Bytes, file.MadeFrom));
        foreach (var (name, madeFrom) in index.Kept)
        {
            if (!output.KeepMadeFrom(Folder + name, madeFrom))
            {
                throw new InvalidOperationException($"search index file {name} could be kept and now cannot");
            }
        }

        cache?.Save(index.Memory);
        return default;
    }
}
