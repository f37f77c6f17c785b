namespace PaperDigest.Theming.Views;

/// <summary>The model of <c>templates/archive.sbn-html</c>: every year and month with its paper count, newest first.</summary>
/// <param name="Site">The site: its title, navigation and links.</param>
/// <param name="Years">Every year with papers, newest first.</param>
/// <param name="PaperCount">The number of papers in the whole digest.</param>
internal sealed record ArchiveIndexView(SiteView Site, IReadOnlyList<ArchiveYearView> Years, int PaperCount);
