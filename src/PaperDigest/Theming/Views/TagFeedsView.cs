namespace PaperDigest.Theming.Views;

/// <summary>A tag on the feeds page: its page and its feeds in every format.</summary>
/// <param name="Name">The tag's <c>name</c> from <c>tags.yml</c>.</param>
/// <param name="Url">Link to the tag's page (<c>/tags/&lt;slug&gt;/</c>, base path included).</param>
/// <param name="Count">The number of papers with the tag; 0 for an unused tag.</param>
/// <param name="Feeds">The tag's RSS, Atom and JSON Feed, in that order, each titled by its format alone.</param>
internal sealed record TagFeedsView(string Name, string Url, int Count, IReadOnlyList<FeedLinkView> Feeds);
