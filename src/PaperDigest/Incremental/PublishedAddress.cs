namespace PaperDigest.Incremental;

/// <summary>Where an entry was published: its page's site path, its feed id without the site's address (see
/// <see cref="Feeds.FeedItemId.KeyOf"/>), and its arXiv id without version, if it had one.</summary>
internal sealed record PublishedAddress(string Path, string FeedKey, string? Arxiv);
