namespace PaperDigest.Theming.Views;

/// <summary>The model of <c>templates/authors.sbn-html</c>.</summary>
/// <param name="Site">The site: its title, navigation and links.</param>
/// <param name="Authors">Every author of the digest's papers, by name.</param>
internal sealed record AuthorIndexView(SiteView Site, IReadOnlyList<AuthorSummaryView> Authors);
