namespace PaperDigest.Theming.Views;

/// <summary>What every page knows of the site: title, navigation, feeds, search.</summary>
public sealed record SiteView(
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
    string SearchUrl);
