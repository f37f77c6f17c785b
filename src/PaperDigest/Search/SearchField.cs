namespace PaperDigest.Search;

/// <summary>
/// Where in an entry a term occurs. The numeric value is the field's code in the index (three bits of each posting),
/// and <see cref="SearchFields.Weights"/> lists the weights in this order. One byte: every paper keeps one per search term.
/// </summary>
internal enum SearchField : byte
{
    Title = 0,
    Authors = 1,
    Tags = 2,

    /// <summary>The arXiv id (without version) or the DOI, as one whole term.</summary>
    Id = 3,
    Tldr = 4,
    Venue = 5,
    WriteUp = 6,
}
