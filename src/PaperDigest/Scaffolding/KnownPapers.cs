using System.Collections.Immutable;

namespace PaperDigest.Scaffolding;

/// <summary>
/// The digest's entries by slug, arXiv id (without version) and DOI (ignoring case, as DOIs are compared),
/// as the duplicate checks of <c>DigestValidator</c> see them, and by title, which catches a paper imported
/// without identifiers that the digest has under its arXiv id. Immutable: <see cref="Add"/> returns a new index,
/// so an import adds each entry it writes and catches a paper listed twice in one file.
/// </summary>
internal sealed record KnownPapers(
    ImmutableDictionary<string, KnownPaper> BySlug,
    ImmutableDictionary<string, KnownPaper> ByArxiv,
    ImmutableDictionary<string, KnownPaper> ByDoi,
    ImmutableDictionary<string, KnownPaper> ByTitle)
{
    public static readonly KnownPapers Empty = new(
        ImmutableDictionary.Create<string, KnownPaper>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, KnownPaper>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, KnownPaper>(StringComparer.OrdinalIgnoreCase),
        ImmutableDictionary.Create<string, KnownPaper>(StringComparer.Ordinal));

    public int Count => BySlug.Count;

    /// <summary>Adds a paper; where two papers share an identifier, the first one added is kept.</summary>
    public KnownPapers Add(KnownPaper paper) => new(
        Keep(BySlug, paper.Slug, paper),
        paper.Arxiv is null ? ByArxiv : Keep(ByArxiv, Parsing.Identifiers.ArxivWithoutVersion(paper.Arxiv), paper),
        paper.Doi is null ? ByDoi : Keep(ByDoi, paper.Doi, paper),
        paper.TitleKey is not { } title ? ByTitle : Keep(ByTitle, title, paper));

    /// <summary>The entry a new one would repeat, checking the arXiv id first, then the DOI, the slug and the title.</summary>
    public Duplicate? Find(string slug, string? arxiv, string? doi, string? title = null)
    {
        if (arxiv is not null && ByArxiv.TryGetValue(Parsing.Identifiers.ArxivWithoutVersion(arxiv), out var byArxiv))
        {
            return new Duplicate("arXiv id", Parsing.Identifiers.ArxivWithoutVersion(arxiv), byArxiv);
        }

        if (doi is not null && ByDoi.TryGetValue(doi, out var byDoi))
        {
            return new Duplicate("DOI", doi, byDoi);
        }

        if (BySlug.TryGetValue(slug, out var bySlug))
        {
            return new Duplicate("slug", slug, bySlug);
        }

        return title is not null && KnownPaper.TitleKeyOf(title) is { } key && ByTitle.TryGetValue(key, out var byTitle)
            ? new Duplicate("title", title, byTitle)
            : null;
    }

    public Duplicate? Find(NewEntry entry) => Find(entry.Slug, entry.Arxiv, entry.Doi, entry.Title);

    private static ImmutableDictionary<string, KnownPaper> Keep(ImmutableDictionary<string, KnownPaper> map, string key, KnownPaper paper) =>
        map.ContainsKey(key) ? map : map.Add(key, paper);
}
