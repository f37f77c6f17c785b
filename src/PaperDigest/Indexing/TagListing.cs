using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Rendering;

namespace PaperDigest.Indexing;

/// <summary>A tag with its papers, newest first.</summary>
internal sealed record TagListing(Tag Tag, ImmutableArray<RenderedPaper> Papers)
{
    public string Path => Tag.Path;
}
