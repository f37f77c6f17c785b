namespace PaperDigest.Theming.Views;

/// <summary>A month on the archive index, with its weeks.</summary>
/// <param name="Name">The month's name, such as <c>March 2025</c>.</param>
/// <param name="Url">Link to the month's page (<c>/months/YYYY-MM/</c>, base path included).</param>
/// <param name="Count">The number of papers dated in the month.</param>
/// <param name="Weeks">The ISO weeks with papers on days of this month, newest first; a week that spans two months is listed under both.</param>
internal sealed record ArchiveMonthView(string Name, string Url, int Count, IReadOnlyList<NavLinkView> Weeks);
