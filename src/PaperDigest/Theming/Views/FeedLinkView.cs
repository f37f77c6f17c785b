namespace PaperDigest.Theming.Views;

/// <summary>A feed a page advertises with <c>&lt;link rel="alternate"&gt;</c>.</summary>
public sealed record FeedLinkView(string Title, string Url, string MediaType);
