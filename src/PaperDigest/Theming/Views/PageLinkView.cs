namespace PaperDigest.Theming.Views;

public sealed record PageLinkView(int Number, string Url, bool IsCurrent);
