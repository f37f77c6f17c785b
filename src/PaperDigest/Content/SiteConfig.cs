using System.Collections.Immutable;

namespace PaperDigest.Content;

/// <summary>The digest's settings from <c>site.yml</c>.</summary>
internal sealed record SiteConfig(
    string Title,
    string Description,
    Uri BaseUrl,
    string Language,
    TimeZoneInfo TimeZone,
    int PageSize,
    int FeedItems,
    ImmutableArray<string> Editors)
{
    /// <summary>
    /// Whether raw HTML in write-ups is passed through (<c>allow_html: true</c>, for digests whose every editor is
    /// trusted). Off by default: raw HTML is shown as text, as Hugo does.
    /// </summary>
    public bool AllowHtml { get; init; }

    /// <summary>
    /// Whether a paper without a figure gets a social card of its own, drawn with its title
    /// (<c>paper_social_cards: true</c>); by default it shares the site's card.
    /// </summary>
    public bool PaperSocialCards { get; init; }

    /// <summary>The path part of <see cref="BaseUrl"/>, always ending in '/', which every site link starts with.</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";

    /// <summary>An absolute URL for a site path such as <c>/papers/x/</c>.</summary>
    public string AbsoluteUrl(string sitePath) =>
        BaseUrl.GetLeftPart(UriPartial.Authority) + BasePath + sitePath.TrimStart('/');

    /// <summary>A root-relative link for a site path, honouring a base URL with a path (<c>https://host/digest/</c>).</summary>
    public string Link(string sitePath) => BasePath + sitePath.TrimStart('/');
}
