namespace PaperDigest.Theming.Views;

/// <summary>A tag of a paper, as a link to the tag's page.</summary>
/// <param name="Slug">The tag's key in <c>tags.yml</c>, as in its page's path.</param>
/// <param name="Name">The tag's <c>name</c> from <c>tags.yml</c>.</param>
/// <param name="Url">Link to the tag's page (<c>/tags/&lt;slug&gt;/</c>, base path included).</param>
internal sealed record TagChipView(string Slug, string Name, string Url);
