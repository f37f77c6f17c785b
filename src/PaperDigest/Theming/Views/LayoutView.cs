namespace PaperDigest.Theming.Views;

/// <summary>The model of <c>layouts/base.hbs</c>: the site, the page's head, and the rendered template.</summary>
public sealed record LayoutView(SiteView Site, PageMeta Page, TrustedHtml Content);
