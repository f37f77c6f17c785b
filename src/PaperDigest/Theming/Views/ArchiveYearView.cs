namespace PaperDigest.Theming.Views;

/// <summary>A year on the archive index, with its months.</summary>
/// <param name="Year">The year, such as <c>2025</c>.</param>
/// <param name="Count">The number of papers dated in the year.</param>
/// <param name="Months">The months of the year with papers, newest first.</param>
internal sealed record ArchiveYearView(int Year, int Count, IReadOnlyList<ArchiveMonthView> Months);
