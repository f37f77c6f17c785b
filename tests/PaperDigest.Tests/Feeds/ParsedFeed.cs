namespace PaperDigest.Tests.Feeds;

/// <summary>What Universal Feed Parser made of a feed: whether it was "bozo" (ill-formed), why, and its entries.</summary>
internal sealed record ParsedFeed(string Path, bool Bozo, string BozoException, int Count, IReadOnlyList<string> Ids, IReadOnlyList<string> Titles);
