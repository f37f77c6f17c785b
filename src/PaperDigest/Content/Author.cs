namespace PaperDigest.Content;

/// <summary>
/// One author of a paper as the entry gives them: a name, and optionally an ORCID iD (bare, checksum verified,
/// such as <c>0000-0002-1825-0097</c>) and a homepage (an absolute http or https URL).
/// </summary>
internal sealed record Author(string Name, string? Orcid = null, Uri? Url = null)
{
    /// <summary>The ORCID iD as a link, <c>https://orcid.org/&lt;id&gt;</c>, or null.</summary>
    public string? OrcidUrl => Orcid is null ? null : "https://orcid.org/" + Orcid;

    /// <summary>Whether the entry gives more than the name.</summary>
    public bool HasIdentifiers => Orcid is not null || Url is not null;

    /// <summary>An author known by name only.</summary>
    public static implicit operator Author(string name) => new(name);
}
