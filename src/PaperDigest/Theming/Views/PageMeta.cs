namespace PaperDigest.Theming.Views;

/// <summary>
/// The head of a page: its title, description, canonical URL, kind (for styling), feeds, meta tags
/// (OpenGraph, Twitter, Google Scholar) and JSON-LD. <see cref="JsonLd"/> is already escaped for a
/// <c>&lt;script&gt;</c> element, so the layout may write it with triple braces.
/// </summary>
public sealed record PageMeta(
    string Title,
    string Description,
    string CanonicalUrl,
    string Kind,
    IReadOnlyList<FeedLinkView> Feeds,
    IReadOnlyList<HeadMetaView> Meta,
    TrustedHtml? JsonLd = null);
