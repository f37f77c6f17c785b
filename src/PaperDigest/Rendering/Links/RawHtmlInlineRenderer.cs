using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace PaperDigest.Rendering.Links;

/// <summary>Writes an inline tag of raw HTML (when a digest allows it) as it is, as Markdig does, noting its URLs relative to the site.</summary>
internal sealed class RawHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline obj)
    {
        if (renderer.EnableHtmlForInline)
        {
            ((WriteUpHtmlRenderer)renderer).NoteRawHtml(obj.Tag);
            renderer.Write(obj.Tag);
        }
    }
}
