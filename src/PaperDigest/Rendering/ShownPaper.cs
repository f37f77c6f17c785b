using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Figures;

namespace PaperDigest.Rendering;

/// <summary>
/// What pages and feeds show of a rendered paper: the entry (without its Markdown body), its write-up as HTML and
/// the plain-text summary for cards, feeds and meta tags. It is the same whether the paper was rendered in this build
/// or taken from the entry cache, so what is made from it is the same in both.
/// </summary>
internal sealed record ShownPaper(Paper Paper, WriteUpHtml Html, string Summary)
{
    /// <summary>The paper's figures as read this build (files and dimensions); empty without figures.</summary>
    public ImmutableArray<FigureImage> Figures { get; init; } = [];
}
