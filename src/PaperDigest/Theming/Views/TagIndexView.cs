namespace PaperDigest.Theming.Views;

/// <summary>The model of <c>templates/tags.hbs</c>.</summary>
public sealed record TagIndexView(SiteView Site, IReadOnlyList<TagSummaryView> Tags);
