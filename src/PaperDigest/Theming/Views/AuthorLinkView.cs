namespace PaperDigest.Theming.Views;

/// <summary>An author's name linked to their page, as cards show it.</summary>
/// <param name="Name">The author's name as the entry gives it.</param>
/// <param name="Url">Link to the author's page (<c>/authors/&lt;slug&gt;/</c>, base path included).</param>
internal sealed record AuthorLinkView(string Name, string Url);
