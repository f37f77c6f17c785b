namespace PaperDigest.Tests.Citations;

/// <summary>
/// What one citation format says about a paper, read back from its output by <see cref="CitationReaders"/>:
/// authors as "Family, Given", pages as <c>first-last</c>, the date as ISO 8601 at the precision the format gives.
/// A field the format has no place for is <see cref="NotStated"/>.
/// </summary>
internal sealed record StatedCitation(
    string Format,
    string? Title,
    IReadOnlyList<string>? Authors,
    string? Venue,
    string? Volume,
    string? Pages,
    string? Date)
{
    /// <summary>Stands for a field the format cannot state, which is then not compared.</summary>
    public const string NotStated = "\u0000not stated";
}
