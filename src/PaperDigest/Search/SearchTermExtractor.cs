using System.Collections.Frozen;
using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Indexing;

namespace PaperDigest.Search;

/// <summary>
/// Takes a paper's <see cref="SearchTerms"/> from its front matter and the words of its rendered write-up, under a
/// digest's tag registry (tag names are searchable) and <see cref="TextAnalysis"/>. Safe to use from several threads.
/// </summary>
internal sealed class SearchTermExtractor(IEnumerable<Tag> tags, TextAnalysis analysis, WordPool pool)
{
    private readonly FrozenDictionary<string, Tag> tags = tags.ToFrozenDictionary(t => t.Slug, StringComparer.Ordinal);

    public SearchTermExtractor(SiteConfig site, TagRegistry registry, WordPool pool)
        : this(registry.Tags, TextAnalysis.For(site.Language), pool)
    {
    }

    /// <param name="paper">The paper, for its front matter.</param>
    /// <param name="writeUp">The words of the rendered write-up (<see cref="Rendering.RenderedMarkdown.Text"/>).</param>
    /// <param name="writeUpTerms">Their terms, as the paper's <see cref="TermCounts"/> count them.</param>
    public SearchTerms Of(Paper paper, string writeUp, IReadOnlyList<int> writeUpTerms)
    {
        var best = new Dictionary<int, SearchField>();
        void Add(int term, SearchField field)
        {
            if (!best.TryGetValue(term, out var current) || SearchFields.Weight(field) > SearchFields.Weight(current))
            {
                best[term] = field;
            }
        }

        void AddTerms(IReadOnlyList<int> terms, SearchField field)
        {
            foreach (var term in terms)
            {
                Add(term, field);
            }
        }

        void AddText(string? text, SearchField field)
        {
            if (!string.IsNullOrEmpty(text))
            {
                AddTerms(analysis.Terms(text, pool), field);
            }
        }

        void AddIds(string? text, SearchField field)
        {
            foreach (var id in text is null ? [] : SearchText.ArxivIds(text))
            {
                Add(pool.Id(id), field);
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
            Add(pool.Id(SearchText.ArxivTerm(arxiv)), SearchField.Id);
        }

        if (paper.Doi is { } doi)
        {
            Add(pool.Id(SearchText.DoiTerm(doi)), SearchField.Id);
        }

        // The tldr as cards and feeds show it: its formulas in their readable Unicode form, never raw TeX.
        var tldr = paper.Tldr is { } written ? Rendering.Math.ProseMath.Readable(written) : null;
        AddText(tldr, SearchField.Tldr);
        AddIds(tldr, SearchField.Tldr);
        AddText(paper.Venue?.Text, SearchField.Venue);
        AddTerms(writeUpTerms, SearchField.WriteUp);
        AddIds(writeUp, SearchField.WriteUp);

        var terms = best.Keys.ToArray();
        Array.Sort(terms, pool.CompareOrdinal);
        var fields = new SearchField[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            fields[i] = best[terms[i]];
        }

        return new SearchTerms([.. terms], [.. fields]);
    }
}
