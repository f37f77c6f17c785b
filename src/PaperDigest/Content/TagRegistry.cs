using System.Collections.Immutable;
using System.Text;

namespace PaperDigest.Content;

/// <summary>All tags an entry may use, in the order <c>tags.yml</c> lists them.</summary>
internal sealed record TagRegistry(ImmutableArray<Tag> Tags)
{
    private readonly Dictionary<string, Tag> bySlug = Tags.ToDictionary(t => t.Slug, StringComparer.Ordinal);

    // Only new and import ask for these, so the build never makes them.
    private readonly Lazy<Dictionary<string, Tag>> byKeyword = new(() => KeywordIndex(Tags));

    private readonly Lazy<ILookup<string, Tag>> byArxivCategory = new(() => Tags
        .SelectMany(t => t.ArxivCategories.Select(c => (Category: c, Tag: t)))
        .ToLookup(p => p.Category, p => p.Tag, StringComparer.OrdinalIgnoreCase));

    public bool Contains(string slug) => bySlug.ContainsKey(slug);

    public Tag this[string slug] => bySlug[slug];

    public IEnumerable<string> Slugs => Tags.Select(t => t.Slug);

    /// <summary>Where each tag is defined in tags.yml, for diagnostics about a tag itself; empty for registries made in code.</summary>
    public IReadOnlyDictionary<string, Diagnostics.SourceLocation> Locations { get; init; } =
        new Dictionary<string, Diagnostics.SourceLocation>(StringComparer.Ordinal);

    /// <summary>
    /// The tag a keyword (from a BibTeX <c>keywords</c> field) stands for: the tag whose slug or name equals it once
    /// both are compared by <see cref="KeywordKey"/>. A slug wins over a name, then the tag listed first. Null when none does.
    /// </summary>
    public Tag? ForKeyword(string keyword) => KeywordKey(keyword) is { Length: > 0 } key ? byKeyword.Value.GetValueOrDefault(key) : null;

    /// <summary>The tags whose <c>arxiv</c> list has the category (compared without case), in tags.yml order.</summary>
    public IEnumerable<Tag> ForArxivCategory(string category) => byArxivCategory.Value[category];

    /// <summary>
    /// A keyword as it is compared: lower case, without white space, hyphens and underscores, so that
    /// "Diffusion Models", "diffusion-models" and "diffusion_models" are one keyword. Texts are NFC already
    /// (tags.yml as every input file, keywords as import cleans them).
    /// </summary>
    public static string KeywordKey(string keyword)
    {
        var key = new StringBuilder(keyword.Length);
        foreach (var c in keyword)
        {
            if (!char.IsWhiteSpace(c) && c is not ('-' or '_' or '\u2010' or '\u2011'))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    private static Dictionary<string, Tag> KeywordIndex(ImmutableArray<Tag> tags)
    {
        var index = new Dictionary<string, Tag>(StringComparer.Ordinal);
        foreach (var key in tags.Select(t => (Key: KeywordKey(t.Slug), Tag: t)).Concat(tags.Select(t => (Key: KeywordKey(t.Name), Tag: t))))
        {
            index.TryAdd(key.Key, key.Tag);
        }

        return index;
    }
}
