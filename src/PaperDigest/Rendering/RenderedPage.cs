using PaperDigest.Content;

namespace PaperDigest.Rendering;

/// <summary>A free page with its Markdown rendered to HTML.</summary>
internal sealed record RenderedPage(FreePage Page, string Html);
