using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Indexing;
using PaperDigest.Rendering;

namespace PaperDigest.Tests.Site;

/// <summary>
/// The related-papers computation gives, for every paper of generated digests, exactly the list the plain
/// computation in <see cref="NaiveRelatedPapers"/> gives: same papers, same order, ties broken the same way.
/// </summary>
public sealed class RelatedPapersTests
{
    internal static readonly string[] Tags =
        ["diffusion-models", "active-matter", "spin-glasses", "colloids", "inference", "turbulence", "proteins", "optics", "graphs", "sampling"];

    // Words the text analysis treats in every way: case variants of one word, letters outside ASCII and
    // compatibility forms, apostrophes and hyphens, digits, words too short to count, stop words.
    private static readonly string[] OddWords =
        ["Diffusion", "DIFFUSION", "diffusion", "Straße", "STRASSE", "İstanbul", "ÉCOLE", "école", "naïve", "Ørsted", "Σπιν", "σπιν",
         "it's", "O'Brien", "self-supervised", "3d-printing", "x2y", "gpt-4", "ab", "of", "the", "and", "paper", "Papers", "what's"];

    /// <summary>The pool the test papers' words are numbered in.</summary>
    internal static readonly WordPool Words = new();

    [Theory]
    [InlineData(1, 300)]
    [InlineData(2, 400)]
    [InlineData(3, 120)]
    public void Every_related_list_is_the_one_the_plain_computation_gives(int seed, int count)
    {
        var papers = RandomDigest(seed, count);

        var expected = NaiveRelatedPapers.Compute([.. papers.Select(p => p.Paper)]);
        var actual = RelatedPapers.Compute(papers, Words);

        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < papers.Length; i++)
        {
            Assert.True(expected[i].SequenceEqual(actual[i]),
                $"{papers[i].Paper.Slug}: expected [{string.Join(", ", expected[i])}], got [{string.Join(", ", actual[i])}]");
        }

        // The digests reach what could go wrong: full lists, posting lists longer than the window of 60, and
        // ties (twins have the same tags and words, so a paper scores them the same).
        Assert.True(actual.Count(r => r.Length == RelatedPapers.Count) > count / 2);
        Assert.Contains(Tags, tag => papers.Count(p => p.Paper.Tags.Contains(tag)) > 60);
        Assert.Contains(actual, related => related.Any(j => related.Contains(Twin(j))));
    }

    [Fact]
    public void No_papers_have_no_related_papers() => Assert.Empty(RelatedPapers.Compute([], Words));

    [Theory]
    [InlineData("Straße and STRASSE", "Die Straße, die straße; ÉCOLE école")]
    [InlineData("A title ending in ab", "cd starts the body")]
    [InlineData("", "it's what's O'Brien's self-supervised 3d-printing x2y gpt-4 -dash 'quoted'")]
    [InlineData("İstanbul Σπιν", "İSTANBUL σπιν ΣΠΙΝ naïve NAÏVE Ørsted ørsted")]
    [InlineData("Long", "Pneumonoultramicroscopicsilicovolcanoconiosispneumonoultramicroscopicsilicovolcanoconiosis-twice and "
        + "PNEUMONOULTRAMICROSCOPICSILICOVOLCANOCONIOSISPNEUMONOULTRAMICROSCOPICSILICOVOLCANOCONIOSIS-TWICE")]
    [InlineData("The paper", "the and for that with this from ab of **bold** [a link](https://example.org/diffusion-models) $x_1 + y$")]
    public void Words_are_counted_as_the_plain_computation_counts_them(string title, string body)
    {
        var expected = NaiveRelatedPapers.Count(title, body);

        var pool = new WordPool();
        var terms = TermCounts.Of(TextAnalysis.English, title, WriteUpText(body), pool);
        Assert.Equal(terms.Words.Length, terms.Counts.Length);
        var actual = terms.Words.Zip(terms.Counts).ToDictionary(w => pool[w.First], w => w.Second, StringComparer.Ordinal);
        Assert.Equal(expected.OrderBy(w => w.Key, StringComparer.Ordinal), actual.OrderBy(w => w.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void A_word_pool_gives_a_word_one_number_across_papers()
    {
        var pool = new WordPool();
        var first = TermCounts.Of(TextAnalysis.English, "Spin glasses", "Replica symmetry breaking", pool);
        var second = TermCounts.Of(TextAnalysis.English, "Glasses", "symmetry", pool);
        Assert.Equal(["spin", "glasses", "replica", "symmetry", "breaking"], first.Words.Select(id => pool[id]));
        Assert.Equal(["glasses", "symmetry"], second.Words.Select(id => pool[id]));
        Assert.Equal([first.Words[1], first.Words[3]], second.Words.ToArray());
        Assert.Equal(5, pool.Count);
    }

    [Fact]
    public void A_word_pool_numbers_words_alike_from_many_threads()
    {
        var pool = new WordPool();
        var words = Enumerable.Range(0, 5000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var ids = new int[4][];
        Parallel.For(0, ids.Length, t => ids[t] = [.. (t % 2 == 0 ? words : words.Reverse()).Select(w => pool.Id(w))]);

        Assert.Equal(words.Length, pool.Count);
        Assert.Equal(ids[0], ids[2]);
        Assert.Equal(ids[0], ids[1].Reverse());
        Assert.Equal(words, ids[0].Select(id => pool[id]));
        Assert.Equal(Enumerable.Range(0, words.Length), ids[0].Order());
    }

    /// <summary>Every ninth paper is the twin of the one before it, under another slug.</summary>
    private static int Twin(int index) => index % 9 == 8 ? index - 1 : index % 9 == 7 ? index + 1 : -1;

    /// <summary>
    /// Papers with a few tags (some tags far more common than others) and write-ups drawn from a small
    /// vocabulary, common words much more often than rare ones; slugs in no relation to the papers' order.
    /// </summary>
    internal static ImmutableArray<RenderedPaper> RandomDigest(int seed, int count)
    {
        var random = new Random(seed);
        var vocabulary = OddWords.Concat(Enumerable.Range(0, 200).Select(_ => MadeUpWord(random))).ToArray();
        random.Shuffle(vocabulary);
        var papers = new List<RenderedPaper>();
        for (var i = 0; i < count; i++)
        {
            var slug = $"{random.Next(100_000):D5}-{i}";
            if (i % 9 == 8)
            {
                var twin = papers[i - 1].Paper;
                papers.Add(Paper(slug, twin.Title, twin.Tags, twin.Body));
                continue;
            }

            // A few papers have no tags, or no write-up to speak of.
            var tagCount = random.Next(20) == 0 ? 0 : random.Next(1, 5);
            var tags = Enumerable.Range(0, 40).Select(_ => Tags[Skewed(random, Tags.Length)]).Distinct().Take(tagCount).ToImmutableArray();
            var title = Text(random, vocabulary, random.Next(2, 8));
            var body = random.Next(25) == 0 ? "" : Text(random, vocabulary, random.Next(10, 160));
            papers.Add(Paper(slug, title, tags, body));
        }

        return [.. papers];
    }

    private static string Text(Random random, string[] vocabulary, int words)
    {
        string[] separators = [" ", " ", " ", ", ", ". ", "\n\n", " **", "** ", " $x_1$ ", " — ", " (", ") "];
        var text = new System.Text.StringBuilder();
        for (var k = 0; k < words; k++)
        {
            text.Append(vocabulary[Skewed(random, vocabulary.Length)]).Append(separators[random.Next(separators.Length)]);
        }

        return text.ToString();
    }

    /// <summary>An index below <paramref name="length"/>, small ones far more often than large ones.</summary>
    private static int Skewed(Random random, int length) => (int)(length * Math.Pow(random.NextDouble(), 2.5));

    private static string MadeUpWord(Random random)
    {
        string[] syllables = ["ka", "lo", "mi", "sta", "ther", "qu", "ion", "gr", "phy", "ø", "ß", "σπ", "ин", "-", "'", "7"];
        var word = "bcdfgklmnprstvz"[random.Next(15)].ToString();
        for (var k = random.Next(1, 4); k > 0; k--)
        {
            word += syllables[random.Next(syllables.Length)];
        }

        return random.Next(5) == 0 ? word.ToUpperInvariant() : word;
    }

    internal static RenderedPaper Paper(string slug, string title, ImmutableArray<string> tags, string body)
    {
        var nowhere = new SourceLocation("entry.md", 1, 1);
        var paper = new Paper(
            $"input/papers/2025/{slug}.md", slug, title, ["Ada Lovelace"], new DateOnly(2025, 1, 1), tags, null, null, null, null, null,
            PaperLinks.None, Featured: false, Draft: false, [], body, 5, new EntryLocations(nowhere, nowhere, nowhere, []));
        return new RenderedPaper(paper, "", "", TermCounts.Of(TextAnalysis.English, title, WriteUpText(body), Words), PaperDigest.Search.SearchTerms.Empty);
    }

    /// <summary>The words of a write-up as its page shows them, which related papers and search read.</summary>
    internal static string WriteUpText(string markdown) => MarkdownRenderer.For("/").Render(markdown).Text;
}
