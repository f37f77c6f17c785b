using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Rendering;

namespace PaperDigest.Indexing;

/// <summary>
/// Gives papers the ORCID iDs and homepages <c>authors.yml</c> knows, and lists every author with their papers, in
/// one pass over the papers in digest order.
/// </summary>
internal static class AuthorIndexer
{
    /// <summary>The paper with its authors' registry ORCID iDs and homepages where the entry gives none; the same instance when there are none to add.</summary>
    public static RenderedPaper Enrich(RenderedPaper rendered, AuthorRegistry registry)
    {
        if (registry.IsEmpty)
        {
            return rendered;
        }

        var authors = rendered.Paper.Authors;
        var enriched = authors.Select(registry.Enrich).ToImmutableArray();
        var changed = false;
        for (var i = 0; i < enriched.Length; i++)
        {
            changed |= !ReferenceEquals(enriched[i], authors[i]);
        }

        if (!changed)
        {
            return rendered;
        }

        var paper = rendered.Paper with { Authors = new AuthorList(enriched, authors.Incomplete) };
        return rendered with { Shown = rendered.Shown with { Paper = paper } };
    }

    /// <summary>Every author of the papers, by name (then slug), each with their papers in <paramref name="ordered"/>'s order.</summary>
    public static ImmutableArray<AuthorListing> Listings(AuthorRegistry registry, ImmutableArray<RenderedPaper> ordered)
    {
        var bySlug = new Dictionary<string, Gathered>(StringComparer.Ordinal);
        foreach (var rendered in ordered)
        {
            foreach (var author in rendered.Paper.Authors)
            {
                var slug = registry.SlugOf(author);
                if (!bySlug.TryGetValue(slug, out var gathered))
                {
                    bySlug[slug] = gathered = new Gathered(registry.Find(author));
                }

                gathered.Add(author, rendered);
            }
        }

        return
        [
            .. bySlug
                .Select(p => new AuthorListing(p.Value.Profile(p.Key), p.Value.Papers.ToImmutable()))
                .OrderBy(l => l.Author.Name, StringComparer.OrdinalIgnoreCase)
                .ThenBy(l => l.Author.Slug, StringComparer.Ordinal),
        ];
    }

    /// <summary>What the papers say of one author: their papers, the spellings of their name, ORCID iDs and homepages.</summary>
    private sealed class Gathered(RegisteredAuthor? person)
    {
        private readonly Dictionary<string, int> spellings = new(StringComparer.Ordinal);
        private readonly HashSet<string> orcids = new(StringComparer.Ordinal);
        private readonly HashSet<Uri> urls = [];

        public ImmutableArray<RenderedPaper>.Builder Papers { get; } = ImmutableArray.CreateBuilder<RenderedPaper>();

        public void Add(Author author, RenderedPaper rendered)
        {
            // A paper that lists one author twice is listed once.
            if (Papers.Count == 0 || !ReferenceEquals(Papers[^1], rendered))
            {
                Papers.Add(rendered);
            }

            spellings[author.Name] = spellings.GetValueOrDefault(author.Name) + 1;
            if (author.Orcid is not null)
            {
                orcids.Add(author.Orcid);
            }

            if (author.Url is not null)
            {
                urls.Add(author.Url);
            }
        }

        public AuthorProfile Profile(string slug)
        {
            var name = person?.Name ?? spellings
                .OrderByDescending(s => s.Value)
                .ThenBy(s => s.Key, StringComparer.Ordinal)
                .First().Key;
            // Entries that disagree say nothing certain.
            var orcid = person?.Orcid ?? (orcids.Count == 1 ? orcids.First() : null);
            var url = person?.Url ?? (urls.Count == 1 ? urls.First() : null);
            return new AuthorProfile(slug, name, orcid, url);
        }
    }
}
