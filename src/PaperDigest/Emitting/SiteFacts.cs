namespace PaperDigest.Emitting;

/// <summary>
/// What emitters' files add to the site as a whole, beside the files themselves, that other emitters read: the list
/// of pages (the sitemap reads it) and the inline styles of the e-mail editions (the headers' content policy reads them).
/// </summary>
[Flags]
internal enum SiteFacts
{
    None = 0,

    /// <summary>HTML pages listed in the sitemap.</summary>
    Pages = 1,

    /// <summary>Inline <c>style</c> values that the Content-Security-Policy must allow.</summary>
    InlineStyles = 2,

    All = Pages | InlineStyles,
}
