namespace PaperDigest.Theming.Views;

/// <summary>The model of <c>templates/day.hbs</c>, <c>week.hbs</c> and <c>month.hbs</c>: one period of the digest.</summary>
/// <param name="Eyebrow">What kind of period this is, e.g. "Week 11 of 2025".</param>
/// <param name="Newer">The next period that has papers, if any.</param>
/// <param name="Older">The previous period that has papers, if any.</param>
/// <param name="Within">Wider periods this one belongs to (a day's week and month).</param>
/// <param name="Newsletter">A week's e-mail edition (HTML), where there is one.</param>
/// <param name="NewsletterText">A week's e-mail edition as plain text.</param>
/// <param name="LinkDays">Whether day headings link to their day pages (not on a day page itself).</param>
public sealed record ArchivePageView(
    SiteView Site,
    string Title,
    string Eyebrow,
    IReadOnlyList<DayView> Days,
    int PaperCount,
    NavLinkView? Newer,
    NavLinkView? Older,
    IReadOnlyList<NavLinkView> Within,
    bool LinkDays,
    NavLinkView? Newsletter = null,
    NavLinkView? NewsletterText = null);
