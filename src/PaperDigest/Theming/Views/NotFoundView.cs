namespace PaperDigest.Theming.Views;

/// <summary>The model of <c>templates/404.sbn-html</c>.</summary>
/// <param name="Site">The site: its title, navigation and links.</param>
internal sealed record NotFoundView(SiteView Site);
