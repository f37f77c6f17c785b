namespace PaperDigest.Content;

/// <summary>
/// One author of a paper as the entry gives them: a name, and optionally an ORCID iD (bare, checksum verified,
/// such as <c>0000-0002-1825-0097</c>), a homepage (an absolute http or https URL) and <see cref="Id"/>, the key of a
/// person in <c>authors.yml</c> (see <see cref="AuthorRegistry"/>).
/// </summary>
internal sealed record Author(string Name, string? Orcid = null, Uri? Url = null)
{
    /// <summary>The key of the person in <c>authors.yml</c> the entry says this author is, or null.</summary>
    public string? Id { get; init; }

    /// <summary>The ORCID iD as a link, <c>https://orcid.org/&lt;id&gt;</c>, or null.</summary>
    public string? OrcidUrl => Orcid is null ? null : "https://orcid.org/" + Orcid;

    /// <summary>Whether the entry gives more than the name.</summary>
    public bool HasIdentifiers => Orcid is not null || Url is not null || Id is not null;

    /// <summary>An author known by name only.</summary>
    public static implicit operator Author(string name) => new(name);
}
