namespace PaperDigest.Theming.Views;

/// <summary>A numbered link of a pagination, or (<see cref="IsGap"/>) the place of pages left out.</summary>
public sealed record PageLinkView(int Number, string Url, bool IsCurrent)
{
    public static PageLinkView Gap { get; } = new(0, "", false) { IsGap = true };

    public bool IsGap { get; private init; }
}
