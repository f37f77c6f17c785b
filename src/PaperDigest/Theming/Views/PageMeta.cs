namespace PaperDigest.Theming.Views;

/// <summary>The head of a page: its title, description, canonical URL, kind (for styling) and feeds.</summary>
public sealed record PageMeta(
    string Title,
    string Description,
    string CanonicalUrl,
    string Kind,
    IReadOnlyList<FeedLinkView> Feeds);
