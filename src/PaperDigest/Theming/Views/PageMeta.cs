namespace PaperDigest.Theming.Views;

/// <summary>
/// The head of a page: its title, description, canonical URL, kind (for styling), feeds, meta tags
/// (OpenGraph, Twitter, Google Scholar) and JSON-LD. <see cref="JsonLd"/> is already escaped for a
/// <c>&lt;script&gt;</c> element, so the layout writes it as it is.
/// </summary>
/// <param name="Title">The page's title followed by <c> · Site title</c>, or the site's title alone on the first home page; for <c>&lt;title&gt;</c>.</param>
/// <param name="Description">The page's description (a paper's summary, a tag's or free page's <c>description</c>, or a sentence the build writes), else the site's <c>description</c>; may be empty.</param>
/// <param name="CanonicalUrl">Absolute URL of the page, for <c>&lt;link rel="canonical"&gt;</c>.</param>
/// <param name="Kind">The kind of page, for a class name: <c>home</c>, <c>paper</c>, <c>tags</c>, <c>tag</c>, <c>day</c>, <c>week</c>, <c>month</c>, <c>archive</c>, <c>feeds</c>, <c>search</c>, <c>page</c> or <c>not-found</c>.</param>
/// <param name="Feeds">The feeds to announce with <c>&lt;link rel="alternate"&gt;</c>: on a tag page the tag's own RSS, Atom and JSON Feed, then the site's; elsewhere the site's alone.</param>
/// <param name="Meta">The <c>&lt;meta&gt;</c> tags: OpenGraph and Twitter on every page, with Google Scholar's <c>citation_*</c> tags on a paper page.</param>
/// <param name="JsonLd">A paper page's schema.org ScholarlyArticle JSON-LD, for <c>&lt;script type="application/ld+json"&gt;</c>; null on other pages.</param>
/// <param name="HasMath">Whether the page shows math as MathML (a paper's or free page's write-up with a formula): the layout then links <c>assets/math.css</c>, which loads the math font, so other pages never fetch it.</param>
internal sealed record PageMeta(
    string Title,
    string Description,
    string CanonicalUrl,
    string Kind,
    IReadOnlyList<FeedLinkView> Feeds,
    IReadOnlyList<HeadMetaView> Meta,
    TrustedHtml? JsonLd = null,
    bool HasMath = false);
