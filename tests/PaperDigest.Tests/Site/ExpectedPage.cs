namespace PaperDigest.Tests.Site;

/// <summary>A free page of a digest's pages/ folder, read independently of the code under test.</summary>
internal sealed record ExpectedPage(string Name, string Title, string Body)
{
    public string Path => $"/{Name}/";
}
