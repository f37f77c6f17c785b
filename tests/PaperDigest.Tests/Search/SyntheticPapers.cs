using PaperDigest.Content;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PaperDigest.Rendering;

namespace PaperDigest.Tests.Search;

/// <summary>
/// A deterministic synthetic digest for measuring the index: words drawn with Zipf frequencies from a made-up
/// vocabulary of 30,000 words, write-ups of 150 to 350 words, titles of 6 to 14 words, 1 to 12 authors (some with
/// accents), 1 to 3 of 60 tags, a tldr on most entries and an arXiv id on each.
/// </summary>
internal static class SyntheticPapers
{
    private static readonly string[] Syllables =
    [
        "ka", "lo", "mi", "ne", "ra", "ti", "so", "pu", "de", "fa", "gi", "ho", "ju", "be", "ze", "qua", "tro", "sta",
        "ver", "con", "ent", "ion", "al", "ic", "or", "an", "el", "is", "um", "ex", "pre", "dif", "fus", "mod", "opt",
    ];

    private static readonly string[] Accented = ["ö", "é", "ł", "ø", "ß", "ñ", "å", "č"];

    public static ImmutableArray<RenderedPaper> Make(int count, int seed = 20250311)
    {
        var random = new Random(seed);
        var vocabulary = Words(random, 30_000, 2, 4);
        var firstNames = Words(random, 400, 2, 3).Select(Capitalise).ToArray();
        var lastNames = Words(random, 1500, 2, 4).Select(w => Capitalise(random.Next(8) == 0 ? w[..^1] + Accented[random.Next(Accented.Length)] : w)).ToArray();
        var zipf = Cumulative(vocabulary.Length, 1.0);
        var tags = SearchPapers.Tags.Select(t => t.Slug).Concat(Enumerable.Range(0, 58).Select(i => $"tag-{i}")).ToArray();
        var venues = new[] { "ICLR 2024", "NeurIPS 2023", "Physical Review E", "Nature Physics", "ICML 2024" };
        var start = new DateOnly(2020, 1, 1);

        var papers = new RenderedPaper[count];
        for (var i = 0; i < count; i++)
        {
            string Text(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => vocabulary[Sample(random, zipf)]));
            var title = Capitalise(Text(random.Next(6, 15)));
            var body = new StringBuilder();
            var length = random.Next(150, 351);
            for (var written = 0; written < length; written += 60)
            {
                body.Append(Text(Math.Min(60, length - written))).Append(".\n\n");
            }

            var authors = Enumerable.Range(0, random.Next(1, 13))
                .Select(_ => $"{firstNames[random.Next(firstNames.Length)]} {lastNames[random.Next(lastNames.Length)]}").ToImmutableArray();
            var paperTags = Enumerable.Range(0, random.Next(1, 4)).Select(_ => tags[random.Next(tags.Length)]).Distinct().ToImmutableArray();
            var date = start.AddDays(i / 8);
            var arxiv = string.Create(CultureInfo.InvariantCulture, $"{date.Year % 100:00}{date.Month:00}.{(i % 90_000) + 10_000:00000}");
            var tldr = random.Next(10) < 7 ? Capitalise(Text(random.Next(15, 26))) + "." : null;
            var venue = random.Next(10) < 3 ? venues[random.Next(venues.Length)] : null;
            papers[count - 1 - i] = SearchPapers.Paper(arxiv, title, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                body.ToString(), AuthorList.Of(authors), paperTags, arxiv, tldr, venue);
        }

        return [.. papers];
    }

    private static string[] Words(Random random, int count, int minSyllables, int maxSyllables)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<string>();
        while (ordered.Count < count)
        {
            var word = string.Concat(Enumerable.Range(0, random.Next(minSyllables, maxSyllables + 1)).Select(_ => Syllables[random.Next(Syllables.Length)]));
            if (words.Add(word))
            {
                ordered.Add(word);
            }
        }

        return [.. ordered];
    }

    private static double[] Cumulative(int count, double exponent)
    {
        var cumulative = new double[count];
        var sum = 0.0;
        for (var rank = 0; rank < count; rank++)
        {
            sum += 1.0 / Math.Pow(rank + 1, exponent);
            cumulative[rank] = sum;
        }

        return cumulative;
    }

    private static int Sample(Random random, double[] cumulative)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
        return index < 0 ? ~index : index;
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
