using System.Text.Json;
using System.Text;
using PaperDigest.Citations;
using PaperDigest.Content;

namespace PaperDigest.Tests.Citations;

/// <summary>
/// Properties every output keeps for any text an editor could write, checked on papers made of random pieces
/// of hostile text (fixed seed, so a failure repeats).
/// </summary>
public sealed class CitationFuzzTests
{
    private static readonly string[] Pieces =
    [
        "{", "}", "\\", "%", "&", "$", "#", "_", "^", "~", "@", "@misc{x,", "\"", "'", "<", ">", "</script>", "<!--",
        "\n", "\r\n", "\t", "\u2028", "\u2029", "\u0085", "\u200F", "\u202E", "\u00A0", " ", " and ", "AND", "ER  - ",
        "TY  - ", ",", "=", "é", "Ø", "ß", "漢字", "🧪", "👩‍🔬", "Word", "x", "von", "de",
    ];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 200)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Any_text_keeps_every_format_well_formed(int seed)
    {
        var random = new Random(seed);
        var (paper, keywords, description) = RandomPaper(random);

        var bib = BibTexWriter.Write(paper, CitationCases.Site);
        var entry = BibTexEntry.ParseSingle(bib);
        // Titles start with a letter here, so the value is the escaped title in one extra pair of braces.
        Assert.Equal(Flat(paper.Title), BibTexEntry.Unescape(entry["title"][1..^1]));
        Assert.Single(bib.Split('\n'), line => line.StartsWith('@'));
        if (entry.Has("author"))
        {
            var names = BibTexEntry.Names(entry["author"]);
            // Never more names than authors: no "and" inside a name splits it.
            Assert.InRange(names.Count, 1, paper.Authors.Count);
            Assert.All(names, name =>
            {
                Assert.NotEqual("", name);
                Assert.InRange(BibTexEntry.TopLevelCommas(name), 0, 2);
            });
        }

        var ris = RisWriter.Write(paper, CitationCases.Site, keywords);
        Assert.EndsWith("ER  - \r\n", ris, StringComparison.Ordinal);
        Assert.All(ris[..^2].Split("\r\n"), line =>
        {
            Assert.Matches("^[A-Z][A-Z0-9]  - ", line);
            Assert.DoesNotMatch("[\r\n\u2028\u2029\u0085]", line);
        });
        Assert.Single(ris[..^2].Split("\r\n"), line => line.StartsWith("ER  - ", StringComparison.Ordinal));

        var json = ScholarlyArticleJsonLd.Write(paper, CitationCases.Site, description, keywords);
        Assert.All(json, c => Assert.True(c is >= ' ' and < (char)127 and not '<' and not '>' and not '&', $"U+{(int)c:X4} in JSON-LD"));
        using (var document = JsonDocument.Parse(json))
        {
            Assert.Equal(paper.Title, document.RootElement.GetProperty("headline").GetString());
        }

        var kev = Coins.Title(paper, CitationCases.Site);
        Assert.DoesNotMatch("[^A-Za-z0-9._~%&=-]", kev);
        var titlePair = kev.Split('&').Single(p => p.StartsWith("rft.atitle=", StringComparison.Ordinal));
        Assert.Equal(paper.Title, Uri.UnescapeDataString(titlePair["rft.atitle=".Length..]));

        var meta = HighwireMeta.Tags(paper, CitationCases.Site)
            .Concat(OpenGraph.Tags(paper, CitationCases.Site, description, keywords))
            .Concat(TwitterCard.Tags(paper, description));
        Assert.All(meta, tag => Assert.DoesNotMatch("[\r\n\u2028\u2029\u0085]", tag.Content));
    }

    private static (Paper, IReadOnlyList<string>, string) RandomPaper(Random random)
    {
        var arxiv = random.Next(3) switch { 0 => null, 1 => "2309.05153v3", _ => "hep-th/9901001" };
        var doi = random.Next(2) == 0 ? null : "10.1234/" + Text(random).Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).Aggregate(new StringBuilder("a"), (b, c) => b.Append(c));
        var authors = Enumerable.Range(0, random.Next(4)).Select(_ => Text(random)).ToArray();
        var title = "T" + Text(random);
        var paper = CitationCases.Paper("fuzz", title, [.. authors], new DateOnly(2025, 6, 1), arxiv: arxiv, doi: doi,
            venue: random.Next(2) == 0 ? null : Text(random), tldr: Text(random));
        return (paper, [Text(random), Text(random)], Text(random));
    }

    private static string Text(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => Pieces[random.Next(Pieces.Length)]));

    /// <summary>What BibTeX keeps of a text: one line, without bidi controls (see <see cref="CitationTextTests"/>).</summary>
    private static string Flat(string text) =>
        string.Concat(CitationText.Flatten(text).Where(c => !CitationText.IsBidiControl(c)));
}
