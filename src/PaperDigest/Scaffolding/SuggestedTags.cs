using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Parsing;

namespace PaperDigest.Scaffolding;

/// <summary>
/// The tags <c>new</c> and <c>import</c> give an entry: those given with <c>--tags</c> first, then the tags its
/// keywords name (see <see cref="TagRegistry.ForKeyword"/>), then those its arXiv categories stand for in tags.yml
/// (primary category first), each once. Nothing becomes a tag that tags.yml does not list: keywords and categories
/// that match no tag are kept here to be reported.
/// </summary>
internal sealed record SuggestedTags(ImmutableArray<string> Tags, ImmutableArray<string> UnknownKeywords, ImmutableArray<string> UnmappedCategories)
{
    /// <summary>How many unknown keywords a warning names before it says how many more there are.</summary>
    private const int KeywordsShown = 10;

    public static SuggestedTags For(ImportedPaper paper, ImmutableArray<string> given, TagRegistry registry)
    {
        var tags = new List<string>(given);
        var unknown = ImmutableArray.CreateBuilder<string>();
        foreach (var keyword in paper.Keywords)
        {
            if (registry.ForKeyword(keyword) is { } tag)
            {
                AddOnce(tags, tag.Slug);
            }
            else
            {
                unknown.Add(keyword);
            }
        }

        var unmapped = ImmutableArray.CreateBuilder<string>();
        foreach (var category in paper.Categories)
        {
            var mapped = registry.ForArxivCategory(category).ToList();
            if (mapped.Count == 0)
            {
                unmapped.Add(category);
            }

            mapped.ForEach(t => AddOnce(tags, t.Slug));
        }

        return new SuggestedTags([.. tags], unknown.ToImmutable(), unmapped.ToImmutable());
    }

    /// <summary>A warning at the paper's keywords naming those that are no tag, or null when every keyword is one.</summary>
    public static Diagnostic? UnknownKeywordsWarning(ImportedPaper paper, SuggestedTags suggested)
    {
        if (suggested.UnknownKeywords.IsEmpty)
        {
            return null;
        }

        var count = suggested.UnknownKeywords.Length;
        var named = string.Join(", ", suggested.UnknownKeywords.Take(KeywordsShown).Select(k => $"'{FieldReader.Shorten(k)}'"));
        var more = count > KeywordsShown ? $" and {count - KeywordsShown} more" : "";
        return Diagnostic.Warning(paper.KeywordsLocation ?? paper.Location, ScaffoldingCodes.KeywordsNotTags,
            $"{paper.Label}: {(count == 1 ? "the keyword" : "the keywords")} {named}{more} {(count == 1 ? "matches" : "match")} no tag in tags.yml and {(count == 1 ? "was" : "were")} left out; a keyword becomes a tag when it is a tag's slug or name");
    }

    /// <summary>
    /// One line naming every arXiv category of the papers that no tag lists under <c>arxiv</c>, each with the papers
    /// it came from; null when every category mapped.
    /// </summary>
    public static string? UnmappedCategoriesNote(IEnumerable<(string Label, SuggestedTags Tags)> papers)
    {
        var byCategory = papers
            .SelectMany(p => p.Tags.UnmappedCategories.Select(c => (Category: c, p.Label)))
            .GroupBy(p => p.Category, StringComparer.OrdinalIgnoreCase)
            .Select(g => $"{g.Key} ({Papers([.. g.Select(p => p.Label).Distinct(StringComparer.Ordinal)])})")
            .ToList();
        return byCategory.Count == 0
            ? null
            : $"note: no tag in tags.yml lists these arXiv categories under 'arxiv', so they suggested no tag: {string.Join(", ", byCategory)}";
    }

    private static string Papers(List<string> labels) =>
        labels.Count <= 3 ? string.Join(", ", labels) : $"{string.Join(", ", labels.Take(3))} and {labels.Count - 3} more";

    private static void AddOnce(List<string> tags, string tag)
    {
        if (!tags.Contains(tag))
        {
            tags.Add(tag);
        }
    }
}
