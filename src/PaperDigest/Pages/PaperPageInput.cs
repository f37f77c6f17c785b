using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Rendering;
using PaperDigest.Theming.Views;

namespace PaperDigest.Pages;

/// <summary>What a paper's page is made from: the paper, links to its neighbours in digest order, and its related papers.</summary>
internal sealed record PaperPageInput(ShownPaper Paper, NavLinkView? Newer, NavLinkView? Older, ImmutableArray<ShownPaper> Related)
{
    /// <summary>The input of the page of the paper at <paramref name="position"/> in digest order.</summary>
    /// <param name="count">How many papers the digest shows.</param>
    /// <param name="at">The paper at a position in digest order.</param>
    /// <param name="related">The paper's related papers, newest first.</param>
    public static PaperPageInput At(int position, int count, Func<int, ShownPaper> at, IEnumerable<ShownPaper> related, SiteConfig config) => new(
        at(position),
        position > 0 ? Neighbour(config, at(position - 1).Paper) : null,
        position < count - 1 ? Neighbour(config, at(position + 1).Paper) : null,
        [.. related]);

    private static NavLinkView Neighbour(SiteConfig config, Paper paper) => new(paper.Title, config.Link(paper.Path));
}
