using PaperDigest.Content;

namespace PaperDigest.Feeds;

/// <summary>
/// A paper's tags as the three feed formats name them: the tag's name from tags.yml, in the entry's order, so an Atom
/// category's term, an RSS category and a JSON Feed tag say the same thing. The slug goes only into links.
/// </summary>
internal static class FeedTags
{
    public static IEnumerable<(string Slug, string Name)> Of(Paper paper, TagRegistry tags) =>
        paper.Tags.Select(slug => (slug, tags[slug].Name));
}
