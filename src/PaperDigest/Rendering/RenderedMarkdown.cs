namespace PaperDigest.Rendering;

/// <summary>Markdown rendered to HTML, and what rendering changed or left out on the way.</summary>
internal sealed record RenderedMarkdown(string Html, IReadOnlyList<MarkdownWarning> Warnings);
