namespace PaperDigest.Theming.Views;

/// <summary>
/// A paper as a card in a list, and the common part of its own page. <see cref="Summary"/> is the tldr or,
/// without one, the write-up's first paragraph. <see cref="Coins"/> is the OpenURL context object for a COinS
/// span (<c>class="Z3988"</c>), so reference managers such as Zotero can save the papers of a listing page.
/// </summary>
/// <param name="Slug">The paper's slug, the last part of its page's path: the entry's <c>slug</c>, else made from its arXiv id or title.</param>
/// <param name="Title">The paper's title, plain text.</param>
/// <param name="Url">Link to the paper's page (<c>/papers/&lt;slug&gt;/</c>, base path included).</param>
/// <param name="Authors">The known authors' names as the entry gives them, in its order (two may be the same name); empty when it names none.</param>
/// <param name="AuthorsShort">The authors on one line: up to three in full, else <c>A, B, … +N</c>; an incomplete list ends in <c>et al.</c> instead (<c>A, B, et al.</c>); empty when the entry names none.</param>
/// <param name="AuthorsIncomplete">Whether the entry's author list is incomplete (it ends in <c>others</c>): more authors exist than <see cref="Authors"/> names, so show "et al." after them.</param>
/// <param name="AuthorLinks">The authors <see cref="AuthorsShort"/> names in full, each linked to their page: up to three, else the first two.</param>
/// <param name="AuthorsMore">What follows <see cref="AuthorLinks"/> on the card: empty, <c>, … +N</c> for N more authors, or <c>, et al.</c> (<c> et al.</c> after one name) for an incomplete list.</param>
/// <param name="Tags">The paper's tags, in the entry's order (at least one).</param>
/// <param name="Summary">The entry's <c>tldr</c>, else the write-up's first paragraph as plain text (cut near 280 characters, ending in <c>…</c>); empty when there is neither.</param>
/// <param name="Tldr">The entry's <c>tldr</c> as plain text (its <c>$…$</c> formulas in readable Unicode, as in <see cref="Summary"/>), or null.</param>
/// <param name="Arxiv">The arXiv id, such as <c>2309.05153</c>, <c>2309.05153v2</c> or <c>hep-th/9901001</c>; null when the entry has none.</param>
/// <param name="ArxivUrl">The arXiv abstract, <c>https://arxiv.org/abs/&lt;id&gt;</c>, or null without an arXiv id.</param>
/// <param name="PdfUrl">The entry's <c>links.pdf</c>, else <c>https://arxiv.org/pdf/&lt;id&gt;</c>; null when there is neither.</param>
/// <param name="CodeUrl">The entry's <c>links.code</c> (an absolute http or https URL), or null.</param>
/// <param name="ProjectUrl">The entry's <c>links.project</c> (an absolute http or https URL), or null.</param>
/// <param name="DataUrl">The entry's <c>links.data</c> (an absolute http or https URL), or null.</param>
/// <param name="Venue">The entry's <c>venue</c> as one line of text: as written when it is a plain string, such as <c>NeurIPS 2024</c>; from a mapping, name, volume (issue), pages and year, such as <c>Nature 586(7830), 12–20 (2020)</c>; or null.</param>
/// <param name="Featured">Whether the entry says <c>featured: true</c>; featured papers come first in their day.</param>
/// <param name="Draft">Whether the entry says <c>draft: true</c>; drafts are only built with <c>--drafts</c>.</param>
/// <param name="DateIso">The digest day the paper appeared on, as <c>YYYY-MM-DD</c>.</param>
/// <param name="DateText">The digest day as shown, such as <c>10 March 2025</c> (English).</param>
/// <param name="DayUrl">Link to the paper's day page (<c>/days/YYYY-MM-DD/</c>, base path included).</param>
/// <param name="Coins">The OpenURL context object for the <c>title</c> of a <c>&lt;span class="Z3988"&gt;</c>: percent-encoded text, escaped like any other.</param>
/// <param name="Scheduled">Whether the paper is dated after the day of the build; such papers are only built with <c>--drafts</c>.</param>
/// <param name="Thumbnail">The paper's first figure at card size (at most 480 × 320 pixels), or null when the entry has no figures.</param>
internal sealed record PaperCardView(
    string Slug,
    string Title,
    string Url,
    IReadOnlyList<string> Authors,
    string AuthorsShort,
    bool AuthorsIncomplete,
    IReadOnlyList<AuthorLinkView> AuthorLinks,
    string AuthorsMore,
    IReadOnlyList<TagChipView> Tags,
    string Summary,
    string? Tldr,
    string? Arxiv,
    string? ArxivUrl,
    string? PdfUrl,
    string? CodeUrl,
    string? ProjectUrl,
    string? DataUrl,
    string? Venue,
    bool Featured,
    bool Draft,
    string DateIso,
    string DateText,
    string DayUrl,
    string Coins,
    bool Scheduled = false,
    FigureView? Thumbnail = null)
{
    /// <summary>Whether any of <see cref="ArxivUrl"/>, <see cref="PdfUrl"/> or <see cref="CodeUrl"/> is set: the links a card shows.</summary>
    public bool HasLinks => ArxivUrl is not null || PdfUrl is not null || CodeUrl is not null;

    /// <summary>Whether the card shows a badge: featured, draft, or scheduled for a later day.</summary>
    public bool HasBadges => Featured || Draft || Scheduled;

    /// <summary>Whether any of the links is set, <see cref="ProjectUrl"/> and <see cref="DataUrl"/> included: the paper page's link buttons.</summary>
    public bool HasActions => HasLinks || ProjectUrl is not null || DataUrl is not null;
}
