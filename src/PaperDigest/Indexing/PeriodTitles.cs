using System.Globalization;

namespace PaperDigest.Indexing;

/// <summary>How days, ISO weeks and months are named on pages, in feeds and in the weekly e-mail.</summary>
internal static class PeriodTitles
{
    public static string Day(DigestDay day) => day.Date.ToString("dddd, d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Week of 10–16 March 2025", or "Week of 28 April–4 May 2025" across months.</summary>
    public static string Week(DigestWeek week)
    {
        var monday = week.Monday;
        var sunday = monday.AddDays(6);
        var from = monday.Month == sunday.Month
            ? monday.ToString("%d", CultureInfo.InvariantCulture)
            : monday.Year == sunday.Year
                ? monday.ToString("d MMMM", CultureInfo.InvariantCulture)
                : monday.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        return $"Week of {from}–{sunday.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}";
    }

    public static string Month(DigestMonth month) =>
        new DateOnly(month.Year, month.Month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
