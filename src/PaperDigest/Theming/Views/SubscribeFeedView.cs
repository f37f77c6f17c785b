namespace PaperDigest.Theming.Views;

/// <summary>One feed of a <see cref="SubscribeView"/>.</summary>
/// <param name="Format">The format's name: <c>RSS</c>, <c>Atom</c> or <c>JSON Feed</c>.</param>
/// <param name="Url">The feed's absolute address, as a reader needs it.</param>
/// <param name="MediaType">The feed's media type.</param>
internal sealed record SubscribeFeedView(string Format, string Url, string MediaType);
