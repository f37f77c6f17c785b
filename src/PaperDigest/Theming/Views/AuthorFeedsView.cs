namespace PaperDigest.Theming.Views;

/// <summary>An author on the feeds page: their page and their feeds in every format.</summary>
/// <param name="Name">The author's name, as their page shows it.</param>
/// <param name="Url">Link to the author's page (<c>/authors/&lt;slug&gt;/</c>, base path included).</param>
/// <param name="Count">The number of the author's papers in the digest.</param>
/// <param name="Feeds">The author's RSS, Atom and JSON Feed, in that order, each titled by its format alone.</param>
internal sealed record AuthorFeedsView(string Name, string Url, int Count, IReadOnlyList<FeedLinkView> Feeds);
