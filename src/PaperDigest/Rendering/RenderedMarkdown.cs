using PaperDigest.Rendering.Links;

namespace PaperDigest.Rendering;

/// <summary>
/// Markdown rendered to HTML, what rendering changed or left out on the way, and what was taken from the parsed
/// document as it was rendered: its words as the page shows them (<see cref="WriteUpText"/>), its first paragraph as
/// plain text, and where the HTML's URLs relative to the site begin.
/// </summary>
internal sealed record RenderedMarkdown(string Html, IReadOnlyList<MarkdownWarning> Warnings, string Text, string Excerpt, RelativeUrls Urls);
