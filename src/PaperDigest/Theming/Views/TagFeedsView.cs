namespace PaperDigest.Theming.Views;

/// <summary>A tag on the feeds page: its page and its feeds in every format.</summary>
public sealed record TagFeedsView(string Name, string Url, int Count, IReadOnlyList<FeedLinkView> Feeds);
