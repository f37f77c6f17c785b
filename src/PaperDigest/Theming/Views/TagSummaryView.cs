namespace PaperDigest.Theming.Views;

/// <summary>A tag on the tag index and at the top of its own page.</summary>
public sealed record TagSummaryView(string Slug, string Name, string Description, string Url, string FeedUrl, int Count);
