using System.Globalization;

namespace PaperDigest.Feeds;

/// <summary>Feed dates from digest days: midnight of the day in the digest's time zone.</summary>
internal static class FeedDates
{
    public static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>RFC 822 as RSS wants it: <c>Tue, 11 Mar 2025 00:00:00 +0100</c>.</summary>
    public static string Rfc822(DateTimeOffset time)
    {
        var offset = time.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return time.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture)
            + string.Create(CultureInfo.InvariantCulture, $"{sign}{offset.Hours:00}{offset.Minutes:00}");
    }

    /// <summary>RFC 3339 as Atom and JSON Feed want it: <c>2025-03-11T00:00:00+01:00</c>.</summary>
    public static string Rfc3339(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
