using System.Collections.Immutable;

namespace PaperDigest.Content;

/// <summary>
/// A tag of the registry in <c>tags.yml</c>. <see cref="ArxivCategories"/> are the arXiv categories (<c>cs.CL</c>,
/// <c>astro-ph.CO</c>) the tag stands for: <c>paperdigest new</c> and <c>import</c> suggest the tag for papers in them.
/// </summary>
internal sealed record Tag(string Slug, string Name, string Description)
{
    public ImmutableArray<string> ArxivCategories { get; init; } = [];

    /// <summary>The site path of the tag's listing: <c>/tags/&lt;slug&gt;/</c>.</summary>
    public string Path => $"/tags/{Slug}/";
}
