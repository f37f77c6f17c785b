using PaperDigest.Emitting;

namespace PaperDigest.Search;

/// <summary>Writes the search index (<see cref="SearchIndexBuilder"/>) under <c>/search/</c>.</summary>
public sealed class SearchIndexFiles : IEmitter
{
    public const string Folder = "search/";

    public EmitCount Emit(EmitContext context)
    {
        foreach (var file in SearchIndexBuilder.Build(context.Model).Files)
        {
            context.Output.WriteBytes(Folder + file.Name, file.Bytes);
        }

        return default;
    }
}
