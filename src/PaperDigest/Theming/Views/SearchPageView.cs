namespace PaperDigest.Theming.Views;

/// <summary>The model of <c>templates/search.sbn-html</c>: where the browser finds the index, and how many papers it holds.</summary>
/// <param name="Site">The site: its title, navigation and links.</param>
/// <param name="IndexUrl">Link to the search index's <c>meta.json</c> (<c>/search/meta.json</c>, base path included), which <c>search.js</c> reads first.</param>
/// <param name="PaperCount">The number of papers in the index, the whole digest.</param>
internal sealed record SearchPageView(SiteView Site, string IndexUrl, int PaperCount);
