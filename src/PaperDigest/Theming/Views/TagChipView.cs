namespace PaperDigest.Theming.Views;

public sealed record TagChipView(string Slug, string Name, string Url);
