using PaperDigest.Indexing;
using PaperDigest.Theming.Views;

namespace PaperDigest.Archives;

/// <summary>
/// What the page of one period (a day, a week, a month) is made from: its template, title, path and days, links to
/// the neighbouring periods and to the periods it lies within, and for a week its e-mail editions.
/// </summary>
internal sealed record ArchivePageInput(
    string Template,
    string Title,
    string Eyebrow,
    string Path,
    IReadOnlyList<DigestDay> Days,
    NavLinkView? Newer,
    NavLinkView? Older,
    IReadOnlyList<NavLinkView> Within,
    NavLinkView? Newsletter = null,
    NavLinkView? NewsletterText = null);
