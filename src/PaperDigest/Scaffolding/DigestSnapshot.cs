using PaperDigest.Content;

namespace PaperDigest.Scaffolding;

/// <summary>What scaffolding needs to know of a digest: its settings (for today's date), its tags and its entries' identifiers.</summary>
internal sealed record DigestSnapshot(string InputRoot, SiteConfig Site, TagRegistry Tags, KnownPapers Papers)
{
    /// <summary>Today in the digest's time zone, the default digest day of a new entry.</summary>
    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Site.TimeZone).DateTime);
}
