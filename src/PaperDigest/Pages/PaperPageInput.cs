using System.Collections.Immutable;
using PaperDigest.Rendering;
using PaperDigest.Theming.Views;

namespace PaperDigest.Pages;

/// <summary>What a paper's page is made from: the paper, links to its neighbours in digest order, and its related papers.</summary>
internal sealed record PaperPageInput(ShownPaper Paper, NavLinkView? Newer, NavLinkView? Older, ImmutableArray<ShownPaper> Related);
