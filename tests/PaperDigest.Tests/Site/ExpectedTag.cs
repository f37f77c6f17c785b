namespace PaperDigest.Tests.Site;

/// <summary>A tag of a digest's tags.yml, read independently of the code under test.</summary>
internal sealed record ExpectedTag(string Slug, string Name, string Description)
{
    public string Path => $"/tags/{Slug}/";
}
