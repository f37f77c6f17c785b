using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace PaperDigest.Indexing;

/// <summary>
/// How often each term (<see cref="TextAnalysis"/>) occurs in a paper's title and write-up: all <see cref="RelatedPapers"/>
/// needs of the text, counted when the write-up is rendered, from the same terms the search index takes, so the Markdown
/// need not be kept. <see cref="Words"/> (numbers in the build's <see cref="WordPool"/>, in order of first occurrence) and
/// <see cref="Counts"/> are parallel.
/// </summary>
internal sealed record TermCounts(ImmutableArray<int> Words, ImmutableArray<int> Counts)
{
    public static TermCounts Empty { get; } = new([], []);

    /// <summary>Counts the terms of a title and of a write-up, as numbers in one pool.</summary>
    public static TermCounts Of(IReadOnlyList<int> title, IReadOnlyList<int> writeUp)
    {
        var counts = new Dictionary<int, int>();
        foreach (var terms in (ReadOnlySpan<IReadOnlyList<int>>)[title, writeUp])
        {
            foreach (var term in terms)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, term, out _)++;
            }
        }

        return new TermCounts([.. counts.Keys], [.. counts.Values]);
    }

    /// <summary>Counts the terms of <paramref name="title"/> and of <paramref name="writeUp"/> (the words its page shows).</summary>
    public static TermCounts Of(TextAnalysis analysis, string title, string writeUp, WordPool pool) =>
        Of(analysis.Terms(title, pool), analysis.Terms(writeUp, pool));
}
