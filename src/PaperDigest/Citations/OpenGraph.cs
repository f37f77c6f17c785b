using PaperDigest.Content;

namespace PaperDigest.Citations;

/// <summary>OpenGraph tags for a paper page; each <see cref="MetaTag.Name"/> is a <c>property</c>.</summary>
internal static class OpenGraph
{
    /// <param name="paper">The paper.</param>
    /// <param name="site">The digest.</param>
    /// <param name="description">The page's description (the tldr or an excerpt).</param>
    /// <param name="tags">The paper's tag names, one <c>article:tag</c> each.</param>
    public static IReadOnlyList<MetaTag> Tags(Paper paper, SiteConfig site, string description, IReadOnlyList<string> tags)
    {
        var meta = new List<MetaTag>();
        MetaTags.Add(meta, "og:title", paper.Title);
        MetaTags.Add(meta, "og:type", "article");
        MetaTags.Add(meta, "og:url", site.AbsoluteUrl(paper.Path));
        MetaTags.Add(meta, "og:site_name", site.Title);
        MetaTags.Add(meta, "og:description", description);
        // The page's own date: the digest day it appeared on.
        MetaTags.Add(meta, "article:published_time", CitationDates.Iso(paper.Date));
        foreach (var tag in tags)
        {
            MetaTags.Add(meta, "article:tag", tag);
        }

        return meta;
    }
}
