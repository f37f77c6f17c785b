using PaperDigest.Content;

namespace PaperDigest.Citations;

/// <summary>
/// A Twitter/X card for a page; each <see cref="MetaTag.Name"/> is a <c>name</c>. With an image it is a
/// <c>summary_large_image</c> card showing it, else a text-only <c>summary</c>.
/// </summary>
internal static class TwitterCard
{
    public static IReadOnlyList<MetaTag> Tags(Paper paper, string description, SocialCards.SocialImage? image = null)
    {
        var meta = new List<MetaTag>();
        MetaTags.Add(meta, "twitter:card", image is null ? "summary" : "summary_large_image");
        MetaTags.Add(meta, "twitter:title", paper.Title);
        MetaTags.Add(meta, "twitter:description", description);
        meta.AddRange(ImageTags(image));
        return meta;
    }

    /// <summary>The card's image and its text, or nothing without one.</summary>
    public static IEnumerable<MetaTag> ImageTags(SocialCards.SocialImage? image) =>
        image is null ? [] : [new("twitter:image", image.Url), new("twitter:image:alt", image.Alt)];
}
