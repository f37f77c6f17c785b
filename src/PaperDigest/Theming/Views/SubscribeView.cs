namespace PaperDigest.Theming.Views;

/// <summary>
/// The model of <c>partials/subscribe.sbn-html</c>: how to follow a page (the whole digest, a tag) in a feed reader,
/// without needing script: the feed addresses as text to copy, and links that add the RSS feed to web feed readers.
/// </summary>
/// <param name="Name">What the feeds follow, such as the site's title or a tag's name.</param>
/// <param name="Feeds">One feed per format, newest items first, each with its absolute address.</param>
/// <param name="Readers">Web feed readers' public subscribe links for the RSS feed, such as Feedly and Inoreader.</param>
internal sealed record SubscribeView(string Name, IReadOnlyList<SubscribeFeedView> Feeds, IReadOnlyList<NavLinkView> Readers);
