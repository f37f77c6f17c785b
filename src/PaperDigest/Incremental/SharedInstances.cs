using PaperDigest.Indexing;
using PaperDigest.Rendering;

namespace PaperDigest.Incremental;

/// <summary>
/// The types whose instances are part of the inputs of many files each, keyed once a build (see <see cref="ContentKey"/>):
/// the site, the papers, the days, the tags, each feed's input (for its three formats) and, when the views make one
/// instance each, the cards. The build cache saves the keys of the papers' instances (<see cref="EntryKeys"/>), which
/// depend on this list.
/// </summary>
internal static class SharedInstances
{
    public static Type[] Types(bool cards) =>
    [
        typeof(Theming.Views.SiteView), typeof(ShownPaper), typeof(Content.Paper), typeof(RenderedPaper), typeof(DigestDay),
        typeof(Content.SiteConfig), typeof(Content.Tag), typeof(Feeds.FeedInput), .. cards ? [typeof(Theming.Views.PaperCardView)] : Type.EmptyTypes,
    ];

    /// <summary>
    /// About how many shared instances a build of <paramref name="model"/> keys, for sizing the table from the start:
    /// six a paper (its entry, rendering and card, and the feeds' stripped copies), the days, and a few a tag and an author.
    /// </summary>
    public static int Expected(SiteModel model) =>
        (model.Papers.Length * 6) + model.Days.Length + (model.Tags.Length * 3) + (model.Authors.Length * 2) + 64;
}
