namespace PaperDigest.Theming.Views;

/// <summary>A feed a page advertises with <c>&lt;link rel="alternate"&gt;</c>.</summary>
/// <param name="Title">The link's label, such as <c>Site title (RSS)</c> or <c>Site title: Tag name (Atom)</c>; a tag's feeds on the feeds page are labelled by format alone (<c>RSS</c>, <c>Atom</c>, <c>JSON Feed</c>).</param>
/// <param name="Url">Link to the feed file (<c>feed.xml</c>, <c>atom.xml</c> or <c>feed.json</c>, base path included).</param>
/// <param name="MediaType">The feed's media type for the <c>type</c> attribute: <c>application/rss+xml</c>, <c>application/atom+xml</c> or <c>application/feed+json</c>.</param>
internal sealed record FeedLinkView(string Title, string Url, string MediaType);
