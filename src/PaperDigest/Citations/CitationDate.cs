using System.Globalization;

namespace PaperDigest.Citations;

/// <summary>
/// A date as precisely as it is known: a year, a year and month, or a day. Formats write it at that precision and
/// never pad it (<c>2023</c>, <c>2023-09</c>, <c>2023-09-10</c>): a month or day that is not known is left out.
/// </summary>
internal readonly record struct CitationDate(int Year, int? Month = null, int? Day = null)
{
    public static CitationDate Of(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>ISO 8601 at its precision, as schema.org, OpenGraph and OpenURL take it: <c>2023-09-10</c>, <c>2023-09</c>, <c>2023</c>.</summary>
    public string Iso => Join('-');

    /// <summary>With slashes, as RIS's <c>DA</c> and Highwire's <c>citation_publication_date</c> take it: <c>2023/09/10</c>, <c>2023/09</c>, <c>2023</c>.</summary>
    public string Slashed => Join('/');

    /// <summary>BibTeX's month macro (<c>sep</c>), or null when the month is not known.</summary>
    public string? MonthMacro => Month is { } month
        ? CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month).ToLowerInvariant()
        : null;

    public string YearText => Year.ToString("D4", CultureInfo.InvariantCulture);

    private string Join(char separator)
    {
        var text = YearText;
        if (Month is { } month)
        {
            text += separator + month.ToString("D2", CultureInfo.InvariantCulture);
            if (Day is { } day)
            {
                text += separator + day.ToString("D2", CultureInfo.InvariantCulture);
            }
        }

        return text;
    }
}
