namespace PaperDigest.Theming.Views;

/// <summary>The model of <c>templates/page.hbs</c>.</summary>
public sealed record FreePageView(SiteView Site, string Title, TrustedHtml ContentHtml);
