using System.Collections.Immutable;
using PaperDigest.Diagnostics;

namespace PaperDigest.Content;

/// <summary>Where an entry's identifying keys were written, so checks across entries can point at the line.</summary>
/// <param name="Slug">The slug key, or the arXiv id or title it was derived from.</param>
/// <param name="Aliases">Each alias's place, in the order of <see cref="Paper.Aliases"/>.</param>
internal sealed record EntryLocations(SourceLocation Slug, SourceLocation Arxiv, SourceLocation Doi, ImmutableArray<SourceLocation> Aliases)
{
    /// <summary>The <c>authors</c> key, for checks of the authors against <c>authors.yml</c> and other entries.</summary>
    public SourceLocation Authors { get; init; }
}
