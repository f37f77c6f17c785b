using PaperDigest.Content;

namespace PaperDigest.Citations;

/// <summary>
/// OpenGraph tags for a paper page, from its <see cref="Citation"/>; each <see cref="MetaTag.Name"/> is a
/// <c>property</c>. <c>article:published_time</c> is the paper's date and <c>article:modified_time</c> its latest
/// version's, each only when known (reference managers read them as the paper's dates); <c>og:image</c> only when
/// the page has an image.
/// </summary>
internal static class OpenGraph
{
    /// <param name="paper">The paper.</param>
    /// <param name="site">The digest.</param>
    /// <param name="description">The page's description (the tldr or an excerpt).</param>
    /// <param name="tags">The paper's tag names, one <c>article:tag</c> each.</param>
    /// <param name="image">The image the page is shared with, or null.</param>
    public static IReadOnlyList<MetaTag> Tags(Paper paper, SiteConfig site, string description, IReadOnlyList<string> tags, SocialCards.SocialImage? image = null) =>
        Tags(Citation.For(paper, site, tags) with { Image = image is null ? null : new Uri(image.Url) }, site.Title, description, image);

    /// <param name="citation">The paper.</param>
    /// <param name="siteName">The digest's title.</param>
    /// <param name="description">The page's description (the tldr or an excerpt).</param>
    /// <param name="image">The image the page is shared with, whose size and text follow <c>og:image</c>; or null.</param>
    public static IReadOnlyList<MetaTag> Tags(Citation citation, string siteName, string description, SocialCards.SocialImage? image = null)
    {
        var meta = new List<MetaTag>();
        MetaTags.Add(meta, "og:title", citation.Title);
        MetaTags.Add(meta, "og:type", "article");
        MetaTags.Add(meta, "og:url", citation.PageUrl);
        MetaTags.Add(meta, "og:site_name", siteName);
        MetaTags.Add(meta, "og:description", description);
        MetaTags.Add(meta, "og:image", citation.Image?.AbsoluteUri);
        if (image is not null && citation.Image is not null)
        {
            meta.AddRange(ImageDetails(image));
        }

        MetaTags.Add(meta, "article:published_time", citation.Issued?.Iso);
        MetaTags.Add(meta, "article:modified_time", citation.Modified is { } modified ? CitationDate.Of(modified).Iso : null);
        foreach (var tag in citation.Keywords)
        {
            MetaTags.Add(meta, "article:tag", tag);
        }

        return meta;
    }

    /// <summary>A shared image's type, size and text, which follow its <c>og:image</c>.</summary>
    public static IEnumerable<MetaTag> ImageDetails(SocialCards.SocialImage image) =>
    [
        new("og:image:type", "image/png"),
        new("og:image:width", image.Width.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("og:image:height", image.Height.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("og:image:alt", image.Alt),
    ];
}
