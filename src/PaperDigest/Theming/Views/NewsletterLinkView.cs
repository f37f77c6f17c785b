namespace PaperDigest.Theming.Views;

/// <summary>A week's e-mail edition on the feeds page: its HTML and plain-text files.</summary>
public sealed record NewsletterLinkView(string Title, string HtmlUrl, string TextUrl);
