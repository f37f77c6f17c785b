namespace PaperDigest.Theming.Views;

/// <summary>One author of a paper, with the identifiers the entry (or <c>authors.yml</c>) gives for them.</summary>
/// <param name="Name">The author's name as the entry gives it.</param>
/// <param name="Orcid">The author's ORCID iD, such as <c>0000-0002-1825-0097</c>, or null.</param>
/// <param name="OrcidUrl">The ORCID record, <c>https://orcid.org/&lt;id&gt;</c>, or null without an ORCID iD.</param>
/// <param name="Url">The author's homepage (an absolute http or https URL), or null.</param>
/// <param name="PageUrl">Link to the author's page in the digest (<c>/authors/&lt;slug&gt;/</c>, base path included).</param>
internal sealed record AuthorView(string Name, string? Orcid, string? OrcidUrl, string? Url, string PageUrl);
