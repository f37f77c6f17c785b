namespace PaperDigest.Theming.Views;

/// <summary>
/// The model of <c>templates/newsletter.hbs</c>: one ISO week as an e-mail-safe page (a whole document, not
/// wrapped in the site layout; table layout and inline styles, as mail clients require).
/// </summary>
public sealed record NewsletterView(
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
