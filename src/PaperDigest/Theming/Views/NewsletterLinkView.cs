namespace PaperDigest.Theming.Views;

/// <summary>A week's e-mail edition on the feeds page: its HTML and plain-text files.</summary>
/// <param name="Title">The week, such as <c>Week of 10–16 March 2025</c>.</param>
/// <param name="HtmlUrl">Link to the HTML edition (<c>/newsletter/YYYY-Www.html</c>, base path included).</param>
/// <param name="TextUrl">Link to the plain-text edition (<c>/newsletter/YYYY-Www.txt</c>, base path included).</param>
internal sealed record NewsletterLinkView(string Title, string HtmlUrl, string TextUrl);
