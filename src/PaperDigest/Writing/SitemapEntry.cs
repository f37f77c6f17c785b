namespace PaperDigest.Writing;

/// <summary>An HTML page the sitemap lists: its site path and, where content gives one, its date.</summary>
internal sealed record SitemapEntry(string SitePath, DateOnly? LastModified);
