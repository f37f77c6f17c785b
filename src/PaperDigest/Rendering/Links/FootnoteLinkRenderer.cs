using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PaperDigest.Rendering.Links;

/// <summary>
/// Writes a footnote reference and a footnote's link back as Markdig's footnote renderer does, noting each
/// <c>#fragment</c> target where it is written (<see cref="WriteUpHtmlRenderer"/>), as links are noted.
/// </summary>
internal sealed class FootnoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        var order = link.Footnote.Order;
        var url = link.IsBackLink ? Invariant($"#fnref:{link.Index}") : Invariant($"#fn:{order}");
        renderer.Write(link.IsBackLink ? "<a href=\"" : Invariant($"<a id=\"fnref:{link.Index}\" href=\""));
        ((WriteUpHtmlRenderer)renderer).NoteAttributeUrl(url);
        renderer.Write(url).Write(link.IsBackLink ? "\" class=\"footnote-back-ref\">&#8617;</a>" : Invariant($"\" class=\"footnote-ref\"><sup>{order}</sup></a>"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
