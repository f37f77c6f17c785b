using System.Collections.Immutable;
using PaperDigest.Building;
using PaperDigest.Content;
using PaperDigest.Emitting;
using PaperDigest.Indexing;
using PaperDigest.Theming;

namespace PaperDigest.Previewing;

/// <summary>
/// What the last successful build of a long-lived session rendered its pages from, kept in memory so that a
/// <see cref="PagePreview"/> can render a page again after an edit without a build. Read-only once made: previews
/// on other threads read it while the next build runs.
/// </summary>
/// <param name="Options">The build's options, with the day of the build fixed.</param>
/// <param name="Tags">The tag registry the entries were checked against.</param>
/// <param name="Related">Each paper's related papers, by index into <see cref="SiteModel.Papers"/>.</param>
internal sealed record SiteSnapshot(
    BuildOptions Options,
    TagRegistry Tags,
    SiteModel Model,
    ViewFactory Views,
    Theme Theme,
    ImmutableArray<ImmutableArray<int>> Related)
{
    /// <summary>How each page made with a template was made, if the build noted it.</summary>
    public PageRecipes? Pages { get; init; }
}
