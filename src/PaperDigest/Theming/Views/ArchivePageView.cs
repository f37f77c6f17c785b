namespace PaperDigest.Theming.Views;

/// <summary>The model of <c>templates/day.sbn-html</c>, <c>week.sbn-html</c> and <c>month.sbn-html</c>: one period of the digest.</summary>
/// <param name="Site">The site: its title, navigation and links.</param>
/// <param name="Title">The period, such as <c>Monday, 10 March 2025</c>, <c>Week of 10–16 March 2025</c> or <c>March 2025</c>.</param>
/// <param name="Eyebrow">The line above the title: <c>Digest day</c>, <c>Week 11 of 2025</c> (the ISO week) or <c>Month</c>.</param>
/// <param name="Days">The period's days with papers, newest first (one on a day page).</param>
/// <param name="PaperCount">The number of papers in the period.</param>
/// <param name="Newer">The next newer period of the same kind that has papers (its title and page), or null on the newest.</param>
/// <param name="Older">The next older period of the same kind that has papers (its title and page), or null on the oldest.</param>
/// <param name="Within">Wider pages this one belongs to: a day's week and month, a week's month (or two), a month's archive index.</param>
/// <param name="LinkDays">Whether day headings link to their day pages: true on week and month pages, false on a day page.</param>
/// <param name="Newsletter">On a week page, its HTML e-mail edition (titled <c>the weekly e-mail</c>); null on day and month pages.</param>
/// <param name="NewsletterText">On a week page, its plain-text e-mail edition (titled <c>plain text</c>); null on day and month pages.</param>
internal sealed record ArchivePageView(
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
