using System.Collections.Frozen;
using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Indexing;

namespace PaperDigest.Search;

/// <summary>
/// Takes a paper's <see cref="SearchTerms"/> from its front matter and the words of its rendered write-up, under a digest's tag
/// registry (tag names are searchable) and stop words. Safe to use from several threads.
/// </summary>
internal sealed class SearchTermExtractor(IEnumerable<Tag> tags, IReadOnlySet<string> stopWords, WordPool pool)
{
    private readonly FrozenDictionary<string, Tag> tags = tags.ToFrozenDictionary(t => t.Slug, StringComparer.Ordinal);

    public SearchTermExtractor(SiteConfig site, TagRegistry registry, WordPool pool)
        : this(registry.Tags, StopWords.For(site.Language), pool)
    {
    }

    /// <param name="writeUp">The words of the rendered write-up (<see cref="Rendering.RenderedMarkdown.Text"/>).</param>
    public SearchTerms Of(Paper paper, string writeUp)
    {
        var best = new Dictionary<string, SearchField>(StringComparer.Ordinal);
        void Add(string term, SearchField field)
        {
            if (!best.TryGetValue(term, out var current) || SearchFields.Weight(field) > SearchFields.Weight(current))
            {
                best[term] = field;
            }
        }

        void AddText(string? text, SearchField field, bool ids = false)
        {
            if (string.IsNullOrEmpty(text))
            {
                return;
            }

            foreach (var term in SearchText.Terms(text, stopWords))
            {
                Add(term, field);
            }

            if (ids)
            {
                foreach (var id in SearchText.ArxivIds(text))
                {
                    Add(id, field);
                }
            }
        }

        AddText(paper.Title, SearchField.Title);
        foreach (var author in paper.Authors)
        {
            AddText(author.Name, SearchField.Authors);
        }

        foreach (var slug in paper.Tags)
        {
            AddText(slug, SearchField.Tags);
            if (tags.TryGetValue(slug, out var tag))
            {
                AddText(tag.Name, SearchField.Tags);
            }
        }

        if (paper.Arxiv is { } arxiv)
        {
            Add(SearchText.ArxivTerm(arxiv), SearchField.Id);
        }

        if (paper.Doi is { } doi)
        {
            Add(SearchText.DoiTerm(doi), SearchField.Id);
        }

        AddText(paper.Tldr, SearchField.Tldr, ids: true);
        AddText(paper.Venue?.Text, SearchField.Venue);
        AddText(writeUp, SearchField.WriteUp, ids: true);

        var terms = best.Keys.Order(StringComparer.Ordinal).ToArray();
        var ids = new int[terms.Length];
        var fields = new SearchField[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            fields[i] = best[terms[i]];
            ids[i] = pool.Id(terms[i]);
        }

        return new SearchTerms([.. ids], [.. fields]);
    }
}
