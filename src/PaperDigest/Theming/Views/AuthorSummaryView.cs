namespace PaperDigest.Theming.Views;

/// <summary>An author on the author index and at the top of their own page.</summary>
/// <param name="Slug">The last part of the author's page's path: their key in <c>authors.yml</c>, else their name in kebab case (see the README).</param>
/// <param name="Name">The author's name: the one <c>authors.yml</c> gives, else the spelling the entries use most.</param>
/// <param name="Url">Link to the author's page (<c>/authors/&lt;slug&gt;/</c>, base path included).</param>
/// <param name="FeedUrl">Link to the author's RSS feed (<c>/authors/&lt;slug&gt;/feed.xml</c>, base path included).</param>
/// <param name="Count">The number of the author's papers in the digest (at least 1).</param>
/// <param name="Orcid">The author's ORCID iD, such as <c>0000-0002-1825-0097</c>, from <c>authors.yml</c> or the entries, or null.</param>
/// <param name="OrcidUrl">The ORCID record, <c>https://orcid.org/&lt;id&gt;</c>, or null without an ORCID iD.</param>
/// <param name="Homepage">The author's homepage (an absolute http or https URL) from <c>authors.yml</c> or the entries, or null.</param>
internal sealed record AuthorSummaryView(string Slug, string Name, string Url, string FeedUrl, int Count, string? Orcid, string? OrcidUrl, string? Homepage);
