using PaperDigest.Content;

namespace PaperDigest.Citations;

/// <summary>A text-only Twitter/X card for a paper page; each <see cref="MetaTag.Name"/> is a <c>name</c>.</summary>
internal static class TwitterCard
{
    public static IReadOnlyList<MetaTag> Tags(Paper paper, string description)
    {
        var meta = new List<MetaTag>();
        MetaTags.Add(meta, "twitter:card", "summary");
        MetaTags.Add(meta, "twitter:title", paper.Title);
        MetaTags.Add(meta, "twitter:description", description);
        return meta;
    }
}
