namespace PaperDigest.Theming.Views;

/// <summary>The model of <c>layouts/base.sbn-html</c>: the site, the page's head, and the rendered template.</summary>
/// <param name="Site">The site: its title, navigation and links.</param>
/// <param name="Page">The page's head: title, description, canonical URL, kind, feeds, meta tags and JSON-LD.</param>
/// <param name="Content">The page's own template, rendered.</param>
internal sealed record LayoutView(SiteView Site, PageMeta Page, TrustedHtml Content);
