using System.Collections.Immutable;

namespace PaperDigest.Content;

/// <summary>All tags an entry may use, in the order <c>tags.yml</c> lists them.</summary>
public sealed record TagRegistry(ImmutableArray<Tag> Tags)
{
    private readonly Dictionary<string, Tag> bySlug = Tags.ToDictionary(t => t.Slug, StringComparer.Ordinal);

    public bool Contains(string slug) => bySlug.ContainsKey(slug);

    public Tag this[string slug] => bySlug[slug];

    public IEnumerable<string> Slugs => Tags.Select(t => t.Slug);

    /// <summary>Where each tag is defined in tags.yml, for diagnostics about a tag itself; empty for registries made in code.</summary>
    public IReadOnlyDictionary<string, Diagnostics.SourceLocation> Locations { get; init; } =
        new Dictionary<string, Diagnostics.SourceLocation>(StringComparer.Ordinal);
}
