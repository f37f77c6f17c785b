namespace PaperDigest.Feeds;

/// <summary>
/// Web feed readers that take a feed's address in a public link and offer to subscribe to it: a reader clicks, signs in
/// to their reader if need be, and confirms. The patterns are those the readers' own "subscribe" links use; the build
/// machine has no internet, so they are not checked against the services by any test.
/// </summary>
internal static class FeedReaders
{
    /// <summary>Each reader's name and the link that subscribes it to <paramref name="feedUrl"/> (an absolute URL).</summary>
    public static IReadOnlyList<(string Name, string Url)> SubscribeLinks(string feedUrl)
    {
        var escaped = Uri.EscapeDataString(feedUrl);
        return
        [
            ("Feedly", "https://feedly.com/i/subscription/feed/" + escaped),
            ("Inoreader", "https://www.inoreader.com/?add_feed=" + escaped),
            ("NewsBlur", "https://www.newsblur.com/?url=" + escaped),
            ("The Old Reader", "https://theoldreader.com/feeds/subscribe?url=" + escaped),
        ];
    }
}
