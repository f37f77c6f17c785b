namespace PaperDigest.Theming.Views;

/// <summary>A month on the archive index, with its weeks.</summary>
public sealed record ArchiveMonthView(string Name, string Url, int Count, IReadOnlyList<NavLinkView> Weeks);
