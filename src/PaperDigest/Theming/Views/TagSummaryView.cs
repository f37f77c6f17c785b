namespace PaperDigest.Theming.Views;

/// <summary>A tag on the tag index and at the top of its own page.</summary>
/// <param name="Slug">The tag's key in <c>tags.yml</c>, as in its page's path.</param>
/// <param name="Name">The tag's <c>name</c> from <c>tags.yml</c>.</param>
/// <param name="Description">The tag's <c>description</c> from <c>tags.yml</c>; empty when not given.</param>
/// <param name="Url">Link to the tag's page (<c>/tags/&lt;slug&gt;/</c>, base path included).</param>
/// <param name="FeedUrl">Link to the tag's RSS feed (<c>/tags/&lt;slug&gt;/feed.xml</c>, base path included).</param>
/// <param name="Count">The number of papers with the tag; 0 for an unused tag.</param>
internal sealed record TagSummaryView(string Slug, string Name, string Description, string Url, string FeedUrl, int Count);
