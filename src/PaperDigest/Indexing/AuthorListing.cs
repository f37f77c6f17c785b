using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Rendering;

namespace PaperDigest.Indexing;

/// <summary>An author with their papers, newest first.</summary>
internal sealed record AuthorListing(AuthorProfile Author, ImmutableArray<RenderedPaper> Papers)
{
    public string Path => Author.Path;
}
