namespace PaperDigest.Theming.Views;

/// <summary>The model of <c>templates/page.sbn-html</c>: a page from <c>pages/</c>.</summary>
/// <param name="Site">The site: its title, navigation and links.</param>
/// <param name="Title">The page's <c>title</c> from its front matter.</param>
/// <param name="ContentHtml">The page's Markdown rendered to HTML.</param>
internal sealed record FreePageView(SiteView Site, string Title, TrustedHtml ContentHtml);
