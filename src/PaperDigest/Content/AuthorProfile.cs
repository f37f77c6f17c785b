namespace PaperDigest.Content;

/// <summary>
/// An author as their page shows them: the slug of <c>/authors/&lt;slug&gt;/</c> (see <see cref="AuthorRegistry"/>),
/// the name (the registry's, else the spelling entries use most), and the ORCID iD and homepage when known (from the
/// registry, else given alike by every entry that gives one).
/// </summary>
internal sealed record AuthorProfile(string Slug, string Name, string? Orcid, Uri? Url)
{
    /// <summary>The site path of the author's page: <c>/authors/&lt;slug&gt;/</c>.</summary>
    public string Path => AuthorPath(Slug);

    public string? OrcidUrl => Orcid is null ? null : "https://orcid.org/" + Orcid;

    /// <summary>The site path of the page of the author with this slug.</summary>
    public static string AuthorPath(string slug) => $"/authors/{slug}/";
}
