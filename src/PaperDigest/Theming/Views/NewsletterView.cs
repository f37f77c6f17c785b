namespace PaperDigest.Theming.Views;

/// <summary>
/// The model of <c>templates/newsletter.sbn-html</c>: one ISO week as an e-mail-safe page (a whole document, not
/// wrapped in the site layout; table layout and inline styles, as mail clients require).
/// </summary>
/// <param name="SiteTitle">The site's <c>title</c> from <c>site.yml</c>.</param>
/// <param name="SiteUrl">Absolute URL of the site's home page, ending in <c>/</c>.</param>
/// <param name="Language">The site's <c>language</c>, a language tag such as <c>en</c> or <c>en-GB</c> (default <c>en</c>).</param>
/// <param name="Title">The e-mail's title, such as <c>Site title: Week of 10–16 March 2025</c>.</param>
/// <param name="Heading">The line under the title, such as <c>3 papers this week, newest first.</c></param>
/// <param name="WebUrl">Absolute URL of the week's page on the site (<c>/weeks/YYYY-Www/</c>).</param>
/// <param name="CanonicalUrl">Absolute URL of this e-mail's HTML file (<c>/newsletter/YYYY-Www.html</c>).</param>
/// <param name="TextUrl">Absolute URL of the plain-text edition (<c>/newsletter/YYYY-Www.txt</c>).</param>
/// <param name="FeedUrl">Absolute URL of the site's RSS feed (<c>/feed.xml</c>).</param>
/// <param name="PaperCount">The number of papers in the week (at least 1).</param>
/// <param name="Days">The week's days with papers, newest first.</param>
internal sealed record NewsletterView(
    string SiteTitle,
    string SiteUrl,
    string Language,
    string Title,
    string Heading,
    string WebUrl,
    string CanonicalUrl,
    string TextUrl,
    string FeedUrl,
    int PaperCount,
    IReadOnlyList<NewsletterDayView> Days);
