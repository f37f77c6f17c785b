namespace PaperDigest.Tests.Feeds;

/// <summary>
/// What Universal Feed Parser made of a feed: whether it was "bozo" (ill-formed), why, the format it recognised
/// (<c>rss20</c>, <c>atom10</c>, <c>json11</c>...), and its entries: ids, titles and content (HTML as feedparser's sanitiser leaves it).
/// </summary>
internal sealed record ParsedFeed(string Path, bool Bozo, string BozoException, string Version, int Count, IReadOnlyList<string> Ids, IReadOnlyList<string> Titles, IReadOnlyList<string> Contents);
