namespace PaperDigest.Theming.Views;

/// <summary>A link with its text: a page of the navigation, a neighbouring paper or period, a wider period.</summary>
/// <param name="Title">The link's text, such as a page's title, a paper's title or <c>Week of 10–16 March 2025</c>.</param>
/// <param name="Url">The link (base path included).</param>
internal sealed record NavLinkView(string Title, string Url);
