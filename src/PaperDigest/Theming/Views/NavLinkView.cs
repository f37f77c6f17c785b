namespace PaperDigest.Theming.Views;

public sealed record NavLinkView(string Title, string Url);
