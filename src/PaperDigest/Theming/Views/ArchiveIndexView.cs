namespace PaperDigest.Theming.Views;

/// <summary>The model of <c>templates/archive.hbs</c>: every month with its paper count, newest first.</summary>
public sealed record ArchiveIndexView(SiteView Site, IReadOnlyList<ArchiveYearView> Years, int PaperCount);
