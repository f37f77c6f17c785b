namespace PaperDigest.Tests.Browser;

/// <summary>One search index file a query downloaded: its name and size in bytes.</summary>
internal sealed record SearchDownload(string Name, int Bytes);
