using PaperDigest.Content;

namespace PaperDigest.Rendering;

/// <summary>A paper with its write-up rendered to HTML and a plain-text summary for cards, feeds and meta tags.</summary>
public sealed record RenderedPaper(Paper Paper, string Html, string Summary);
