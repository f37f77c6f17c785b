using System.Collections.Immutable;
using PaperDigest.Content;

namespace PaperDigest.Building;

/// <summary>The parsed and validated inputs of a digest, before rendering; <see cref="Authors"/> is empty without an <c>authors.yml</c>.</summary>
internal sealed record DigestContent(SiteConfig Site, TagRegistry Tags, ImmutableArray<Paper> Papers, ImmutableArray<FreePage> Pages)
{
    public AuthorRegistry Authors { get; init; } = AuthorRegistry.Empty;

    /// <summary>Each paper's figures as read (see <see cref="Figures.FigureReader"/>), by the paper's source path.</summary>
    public IReadOnlyDictionary<string, ImmutableArray<Figures.FigureImage>> Figures { get; init; } =
        ImmutableDictionary<string, ImmutableArray<Figures.FigureImage>>.Empty;
}
