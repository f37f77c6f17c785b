using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PaperDigest.Rendering.Links;

/// <summary>Writes a block of raw HTML (when a digest allows it) as it is, as Markdig does, noting its URLs relative to the site.</summary>
internal sealed class RawHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
    {
        ((WriteUpHtmlRenderer)renderer).NoteRawHtml(Written(obj));
        renderer.WriteLeafRawLines(obj, writeEndOfLines: true, escape: false);
    }

    /// <summary>What <see cref="HtmlRenderer.WriteLeafRawLines"/> writes: each line, then a line end.</summary>
    private static string Written(HtmlBlock block)
    {
        var text = new StringBuilder();
        foreach (var line in block.Lines.Lines ?? [])
        {
            if (line.Slice.Text is null)
            {
                break;
            }

            text.Append(line.Slice.AsSpan()).Append('\n');
        }

        return text.ToString();
    }
}
