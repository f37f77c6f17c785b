namespace PaperDigest.Content;

/// <summary>Links an editor gives for a paper; arXiv abstract and PDF links are derived from the id instead.</summary>
internal sealed record PaperLinks(Uri? Pdf, Uri? Code, Uri? Project, Uri? Data)
{
    public static readonly PaperLinks None = new(null, null, null, null);

    public static readonly IReadOnlyList<string> Keys = ["pdf", "code", "project", "data"];
}
