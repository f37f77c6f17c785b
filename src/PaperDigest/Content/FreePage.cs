using PaperDigest.Diagnostics;

namespace PaperDigest.Content;

/// <summary>A free page from <c>pages/&lt;name&gt;.md</c>, such as the about page.</summary>
internal sealed record FreePage(SourcePath SourcePath, string Name, string Title, string? Description, string Body, int BodyLine)
{
    public string Path => $"/{Name}/";
}
