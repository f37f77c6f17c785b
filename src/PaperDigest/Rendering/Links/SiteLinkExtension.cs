using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PaperDigest.Rendering.Links;

/// <summary>
/// Links as the site serves them, settled once a document is parsed: a link or image to a site path (<c>/papers/x/</c>)
/// gets the site's base path in front, and a link that leaves the site gets <c>rel="noopener"</c>, so the page it
/// opens has no handle on ours. Added last, so it sees the links the other extensions left.
/// </summary>
internal sealed class SiteLinkExtension(string basePath) : IMarkdownExtension
{
    /// <summary>The base path without its final '/' ('' for a site at the root).</summary>
    private readonly string prefix = basePath.TrimEnd('/');

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.DocumentProcessed -= Settle;
        pipeline.DocumentProcessed += Settle;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private void Settle(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            var target = LinkTarget.Of(link.Url);
            if (target.Kind == LinkKind.SiteAbsolute && link.Url!.StartsWith('/'))
            {
                if (prefix.Length > 0)
                {
                    link.Url = prefix + link.Url;
                }
            }
            else if (!link.IsImage && target.IsExternal)
            {
                link.GetAttributes().AddProperty("rel", "noopener");
            }
        }
    }
}
