namespace PaperDigest.Scaffolding;

/// <summary>
/// The options of <c>paperdigest new</c> as typed: <c>--authors "A; B"</c> separated by ';', <c>--tags a,b</c> by ','.
/// Null where an option was not given.
/// </summary>
internal sealed record EntryOptions(
    string Title,
    string? Authors = null,
    string? Tags = null,
    string? Date = null,
    string? Arxiv = null,
    string? Doi = null,
    string? Published = null,
    string? Venue = null,
    string? Code = null,
    string? Pdf = null);
