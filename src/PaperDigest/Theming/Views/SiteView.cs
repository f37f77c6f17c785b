namespace PaperDigest.Theming.Views;

/// <summary>What every page knows of the site: title, navigation, feeds, search.</summary>
/// <param name="Title">The site's <c>title</c> from <c>site.yml</c>.</param>
/// <param name="Description">The site's <c>description</c> from <c>site.yml</c>; empty when not given.</param>
/// <param name="Language">The site's <c>language</c>, a language tag such as <c>en</c> or <c>en-GB</c> (default <c>en</c>), for <c>&lt;html lang&gt;</c>.</param>
/// <param name="HomeUrl">Link to the home page (<c>/</c>, base path included).</param>
/// <param name="TagsUrl">Link to the tag index (<c>/tags/</c>, base path included).</param>
/// <param name="ArchiveUrl">Link to the archive index (<c>/archive/</c>, base path included).</param>
/// <param name="FeedUrl">Link to the site's RSS feed (<c>/feed.xml</c>, base path included).</param>
/// <param name="FeedsUrl">Link to the feeds page (<c>/feeds/</c>, base path included).</param>
/// <param name="FaviconUrl">Link to <c>/favicon.svg</c> (base path included) when the input has <c>static/favicon.svg</c>, else null.</param>
/// <param name="Pages">The pages of <c>pages/</c> for the navigation, by file name.</param>
/// <param name="Editors">The names in <c>editors</c> of <c>site.yml</c>, in their order; empty when not given.</param>
/// <param name="SearchUrl">Link to the search page (<c>/search/</c>, base path included).</param>
/// <param name="AuthorsUrl">Link to the author index (<c>/authors/</c>, base path included).</param>
internal sealed record SiteView(
    string Title,
    string Description,
    string Language,
    string HomeUrl,
    string TagsUrl,
    string ArchiveUrl,
    string FeedUrl,
    string FeedsUrl,
    string? FaviconUrl,
    IReadOnlyList<NavLinkView> Pages,
    IReadOnlyList<string> Editors,
    string SearchUrl,
    string AuthorsUrl);
