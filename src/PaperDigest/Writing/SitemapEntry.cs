namespace PaperDigest.Writing;

/// <summary>An HTML page the sitemap lists: its site path and, where content gives one, its date.</summary>
public sealed record SitemapEntry(string SitePath, DateOnly? LastModified);
