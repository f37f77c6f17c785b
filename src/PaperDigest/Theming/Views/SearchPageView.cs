namespace PaperDigest.Theming.Views;

/// <summary>The model of <c>templates/search.hbs</c>: where the browser finds the index, and how many papers it holds.</summary>
public sealed record SearchPageView(SiteView Site, string IndexUrl, int PaperCount);
