namespace PaperDigest.Tests.Site;

/// <summary>An entry of a digest as its file says it, read independently of the code under test.</summary>
internal sealed record ExpectedPaper(
    string File,
    string Slug,
    string Title,
    IReadOnlyList<string> Authors,
    DateOnly Date,
    IReadOnlyList<string> Tags,
    string? Arxiv,
    string? Doi,
    string? Venue,
    string? Tldr,
    string? Pdf,
    string? Code,
    string Body)
{
    public string Path => $"/papers/{Slug}/";

    /// <summary>The feed id when the paper is at the address its arXiv id gives (the sample's aliases-free entries), else null.</summary>
    public string? ArxivUrn => Arxiv is not null && Slug == Arxiv.Replace('/', '-') ? $"urn:arxiv:{Arxiv}" : null;

    public string? ArxivAbsUrl => Arxiv is null ? null : $"https://arxiv.org/abs/{Arxiv}";

    /// <summary>The editor's PDF link, else arXiv's.</summary>
    public string? PdfUrl => Pdf ?? (Arxiv is null ? null : $"https://arxiv.org/pdf/{Arxiv}");

    /// <summary>Plain-text stretches of the write-up that its rendered HTML must contain.</summary>
    public IReadOnlyList<string> Snippets => WriteUpSnippets.Of(Body);

    public override string ToString() => File;
}
