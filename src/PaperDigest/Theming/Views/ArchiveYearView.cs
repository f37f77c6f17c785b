namespace PaperDigest.Theming.Views;

public sealed record ArchiveYearView(int Year, int Count, IReadOnlyList<ArchiveMonthView> Months);
