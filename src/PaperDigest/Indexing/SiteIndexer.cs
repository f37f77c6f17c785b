using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Rendering;

namespace PaperDigest.Indexing;

/// <summary>Builds the <see cref="SiteModel"/> from rendered papers and pages.</summary>
internal static class SiteIndexer
{
    /// <summary>Newest day first; within a day featured papers first, then by title, then by slug.</summary>
    public static readonly IComparer<RenderedPaper> DigestOrder = Comparer<RenderedPaper>.Create((a, b) =>
    {
        var byDate = b.Paper.Date.CompareTo(a.Paper.Date);
        if (byDate != 0)
        {
            return byDate;
        }

        var byFeatured = b.Paper.Featured.CompareTo(a.Paper.Featured);
        if (byFeatured != 0)
        {
            return byFeatured;
        }

        var byTitle = string.Compare(a.Paper.Title, b.Paper.Title, StringComparison.OrdinalIgnoreCase);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(a.Paper.Slug, b.Paper.Slug);
    });

    public static SiteModel Build(
        SiteConfig site, TagRegistry tags, IEnumerable<RenderedPaper> papers, IEnumerable<RenderedPage> pages, WordPool words,
        AuthorRegistry? authors = null)
    {
        authors ??= AuthorRegistry.Empty;
        var ordered = papers.Select(p => AuthorIndexer.Enrich(p, authors)).Order(DigestOrder).ToImmutableArray();

        var days = ordered
            .GroupBy(p => p.Paper.Date)
            .Select(g => new DigestDay(g.Key, [.. g.Select(p => p.Shown)]))
            .ToImmutableArray();

        var weeks = days
            .GroupBy(d => (Year: System.Globalization.ISOWeek.GetYear(d.Date.ToDateTime(TimeOnly.MinValue)), Week: System.Globalization.ISOWeek.GetWeekOfYear(d.Date.ToDateTime(TimeOnly.MinValue))))
            .Select(g => new DigestWeek(g.Key.Year, g.Key.Week, [.. g]))
            .ToImmutableArray();

        var months = days
            .GroupBy(d => (d.Date.Year, d.Date.Month))
            .Select(g => new DigestMonth(g.Key.Year, g.Key.Month, [.. g]))
            .ToImmutableArray();

        var byTag = Listings(tags, ordered);
        var orderedPages = pages.OrderBy(p => p.Page.Name, StringComparer.Ordinal).ToImmutableArray();
        return new SiteModel(site, ordered, days, weeks, months, byTag, orderedPages, words)
        {
            Authors = AuthorIndexer.Listings(authors, ordered),
            AuthorRegistry = authors,
        };
    }

    /// <summary>Every tag in the registry with its papers in digest order, in one pass over the papers.</summary>
    private static ImmutableArray<TagListing> Listings(TagRegistry tags, ImmutableArray<RenderedPaper> ordered)
    {
        var papersByTag = tags.Tags.ToDictionary(t => t.Slug, _ => ImmutableArray.CreateBuilder<RenderedPaper>(), StringComparer.Ordinal);
        foreach (var paper in ordered)
        {
            foreach (var tag in paper.Paper.Tags)
            {
                // A tag listed twice still lists the paper once.
                if (papersByTag.TryGetValue(tag, out var papers) && (papers.Count == 0 || !ReferenceEquals(papers[^1], paper)))
                {
                    papers.Add(paper);
                }
            }
        }

        return [.. tags.Tags.Select(tag => new TagListing(tag, papersByTag[tag.Slug].ToImmutable()))];
    }
}
