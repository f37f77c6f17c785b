using System.Collections.Immutable;
using System.Globalization;

namespace PaperDigest.Indexing;

/// <summary>The digest days of one ISO week (Monday to Sunday), newest first.</summary>
internal sealed record DigestWeek(int Year, int Week, ImmutableArray<DigestDay> Days)
{
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-W{Week:00}");

    public string Path => $"/weeks/{Key}/";

    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    public int PaperCount => Days.Sum(d => d.Papers.Length);
}
