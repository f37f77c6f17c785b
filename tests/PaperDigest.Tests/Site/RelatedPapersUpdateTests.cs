using System.Collections.Immutable;
using PaperDigest.Incremental;
using PaperDigest.Indexing;
using PaperDigest.Rendering;

namespace PaperDigest.Tests.Site;

/// <summary>
/// Related papers updated from the last build's memory (kept in <c>related.cache</c>) are exactly those a search
/// of every paper gives, round after round of random edits; and small edits are indeed traced, not searched in full.
/// </summary>
public sealed class RelatedPapersUpdateTests
{
    private const int Rounds = 64;

    private static WordPool Words => RelatedPapersTests.Words;

    [Theory]
    [InlineData(11, 300)]
    [InlineData(12, 420)]
    [InlineData(13, 200)]
    public void Updated_lists_equal_a_full_search_after_random_edits(int seed, int count)
    {
        var random = new Random(seed);
        var papers = RelatedPapersTests.RandomDigest(seed, count).ToArray();
        using var folder = new TempFolder();
        var cache = new RelatedPapersCache(folder.Path);
        cache.Save(RelatedPapers.Compute(papers, Words, null).Memory);
        var traced = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var edit = (round % 10) switch
            {
                0 => Emphasize(random, papers),
                1 => Retag(random, papers),
                2 => Coin(random, papers, round),
                3 => string.Join("; ", Enumerable.Range(0, random.Next(2, 6)).Select(_ => Emphasize(random, papers))),
                4 => "nothing",
                5 => RewriteOne(random, papers),
                6 => SpreadAWord(random, papers),
                7 => Move(random, papers, random.Next(1, 4)),
                8 => Move(random, papers, 1) + "; " + Retag(random, papers) + "; " + Emphasize(random, papers),
                _ => Retag(random, papers) + "; " + Coin(random, papers, round),
            };

            var outcome = RelatedPapers.Compute(papers, Words, cache.Load());
            cache.Save(outcome.Memory);
            AssertSame(RelatedPapers.Compute(papers, Words), outcome.Lists, $"seed {seed}, round {round} ({edit})");

            if (edit == "nothing")
            {
                Assert.Equal(0, outcome.Searched);
            }

            traced += outcome.Searched < count / 2 ? 1 : 0;
        }

        // Most rounds changed a handful of vectors, and were traced rather than searched in full.
        Assert.True(traced >= Rounds / 2, $"only {traced} of {Rounds} rounds were traced");
    }

    [Fact]
    public void A_paper_that_moves_among_the_others_is_traced_not_searched_in_full()
    {
        var papers = RelatedPapersTests.RandomDigest(7, 2000).ToArray();
        var memory = RelatedPapers.Compute(papers, Words, null).Memory;
        var (from, to) = (40, 41);
        var moving = papers[from];
        Array.Copy(papers, from + 1, papers, from, to - from);
        papers[to] = moving;

        var outcome = RelatedPapers.Compute(papers, Words, memory);
        AssertSame(RelatedPapers.Compute(papers, Words), outcome.Lists, "one paper moved");
        Assert.InRange(outcome.Searched, 1, papers.Length / 2);
    }

    [Fact]
    public void A_memory_of_other_papers_or_a_wholly_different_order_is_not_used()
    {
        var papers = RelatedPapersTests.RandomDigest(5, 150);
        var memory = RelatedPapers.Compute(papers, Words, null).Memory;

        var reordered = papers.Reverse().ToImmutableArray();
        var outcome = RelatedPapers.Compute(reordered, Words, memory);
        Assert.Equal(reordered.Length, outcome.Searched);
        AssertSame(RelatedPapers.Compute(reordered, Words), outcome.Lists, "reordered");

        var fewer = papers.RemoveAt(70);
        outcome = RelatedPapers.Compute(fewer, Words, memory);
        Assert.Equal(fewer.Length, outcome.Searched);
    }

    [Fact]
    public void A_damaged_cache_file_is_not_trusted()
    {
        var papers = RelatedPapersTests.RandomDigest(6, 80);
        using var folder = new TempFolder();
        var cache = new RelatedPapersCache(folder.Path);
        cache.Save(RelatedPapers.Compute(papers, Words, null).Memory);
        var path = folder.Combine("related.cache");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        Assert.Null(cache.Load());
        Assert.Null(new RelatedPapersCache(folder.Path, forget: true).Load());
    }

    private static void AssertSame(ImmutableArray<ImmutableArray<int>> expected, ImmutableArray<ImmutableArray<int>> actual, string after)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(expected[i].SequenceEqual(actual[i]),
                $"{after}, paper {i}: expected [{string.Join(", ", expected[i])}], got [{string.Join(", ", actual[i])}]");
        }
    }

    /// <summary>
    /// One paper repeats one or two of its own words many times: its vector turns towards them, while its set of
    /// words, and so every other paper's vector, stays.
    /// </summary>
    private static string Emphasize(Random random, RenderedPaper[] papers)
    {
        var i = random.Next(papers.Length);
        var own = papers[i].Terms.Words;
        if (own.Length == 0)
        {
            return $"left {i} (no words)";
        }

        var chosen = Enumerable.Range(0, random.Next(1, 3)).Select(_ => Words[own[random.Next(own.Length)]]).ToArray();
        var repeated = Enumerable.Range(0, random.Next(20, 40)).Select(k => chosen[k % chosen.Length]);
        papers[i] = With(papers[i], body: papers[i].Paper.Body + " " + string.Join(' ', repeated));
        return $"emphasized '{string.Join("', '", chosen)}' in {i}";
    }

    /// <summary>Two papers take up a new word, which only they have: both vectors gain it, and lose another word.</summary>
    private static string Coin(Random random, RenderedPaper[] papers, int round)
    {
        var (i, j) = (random.Next(papers.Length), random.Next(papers.Length));
        var word = $"coined{round}x";
        papers[i] = With(papers[i], body: papers[i].Paper.Body + $" {word} {word} {word}");
        papers[j] = With(papers[j], body: papers[j].Paper.Body + $" {word} {word}");
        return $"coined '{word}' for {i} and {j}";
    }

    /// <summary>One paper gets another paper's write-up with a few words of its own.</summary>
    private static string RewriteOne(Random random, RenderedPaper[] papers)
    {
        var i = random.Next(papers.Length);
        var donor = papers[random.Next(papers.Length)].Paper;
        papers[i] = With(papers[i], body: donor.Body + " " + string.Join(' ', donor.Title.Split(' ').Reverse()));
        return $"rewrote {i}";
    }

    /// <summary>One paper gains a tag or loses one.</summary>
    private static string Retag(Random random, RenderedPaper[] papers)
    {
        var i = random.Next(papers.Length);
        var tags = papers[i].Paper.Tags;
        var tag = RelatedPapersTests.Tags[random.Next(RelatedPapersTests.Tags.Length)];
        papers[i] = With(papers[i], tags: tags.Contains(tag) ? tags.Remove(tag) : tags.Add(tag));
        return $"retagged {i} ({tag})";
    }

    /// <summary>Papers take other places in the order, as a retitled paper does in its day; their content stays.</summary>
    private static string Move(Random random, RenderedPaper[] papers, int count)
    {
        var moves = new List<string>();
        for (var n = 0; n < count; n++)
        {
            var (from, to) = (random.Next(papers.Length), random.Next(papers.Length));
            var list = papers.ToList();
            var paper = list[from];
            list.RemoveAt(from);
            list.Insert(to, paper);
            list.CopyTo(papers);
            moves.Add($"{from} to {to}");
        }

        return "moved " + string.Join(", ", moves);
    }

    /// <summary>A word of one paper is added to a third of all papers: weights move across the digest.</summary>
    private static string SpreadAWord(Random random, RenderedPaper[] papers)
    {
        var word = papers[random.Next(papers.Length)].Paper.Title.Split(' ')[0];
        for (var i = 0; i < papers.Length; i += 3)
        {
            papers[i] = With(papers[i], body: papers[i].Paper.Body + " " + word);
        }

        return $"spread '{word}'";
    }

    private static RenderedPaper With(RenderedPaper rendered, string? body = null, ImmutableArray<string>? tags = null)
    {
        var paper = rendered.Paper;
        return RelatedPapersTests.Paper(paper.Slug, paper.Title, tags ?? paper.Tags, body ?? paper.Body);
    }
}
