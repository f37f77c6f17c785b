namespace PaperDigest.Theming.Views;

/// <summary>The model of <c>templates/404.hbs</c>.</summary>
public sealed record NotFoundView(SiteView Site);
