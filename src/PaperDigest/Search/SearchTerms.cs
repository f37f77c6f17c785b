using System.Collections.Immutable;

namespace PaperDigest.Search;

/// <summary>
/// The terms a paper is found by, as numbers in the build's <see cref="Indexing.WordPool"/>, each with the heaviest
/// <see cref="SearchField"/> it occurs in, in ordinal order of the terms (<see cref="Terms"/> and <see cref="Fields"/>
/// are parallel). Taken when the write-up is rendered, and kept in the
/// entry cache, so building the index neither reads the write-up again nor re-tokenises an unchanged paper.
/// </summary>
internal sealed record SearchTerms(ImmutableArray<int> Terms, ImmutableArray<SearchField> Fields)
{
    public static SearchTerms Empty { get; } = new([], []);
}
