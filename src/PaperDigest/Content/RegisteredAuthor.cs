using System.Collections.Immutable;

namespace PaperDigest.Content;

/// <summary>
/// A person of the author registry in <c>authors.yml</c>, known by <see cref="Id"/> (their page's slug): the name
/// their page shows, their ORCID iD and homepage, and the other spellings of their name (<see cref="Aliases"/>) that
/// entries may use.
/// </summary>
internal sealed record RegisteredAuthor(string Id, string Name, string? Orcid = null, Uri? Url = null)
{
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>Every name entries may call them by: <see cref="Name"/>, then the aliases.</summary>
    public IEnumerable<string> Names => [Name, .. Aliases];
}
