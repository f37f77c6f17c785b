namespace PaperDigest.Theming.Views;

/// <summary>The model of <c>templates/tags.sbn-html</c>.</summary>
/// <param name="Site">The site: its title, navigation and links.</param>
/// <param name="Tags">Every tag of <c>tags.yml</c> (unused ones too), by name.</param>
internal sealed record TagIndexView(SiteView Site, IReadOnlyList<TagSummaryView> Tags);
