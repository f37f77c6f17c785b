using System.Text;
using PaperDigest.Citations;

namespace PaperDigest.Tests.Citations;

/// <summary>
/// Golden files under <c>TestFiles/Citations/</c>: for every case in <see cref="CitationCases"/>, its BibTeX
/// (<c>.bib</c>), RIS (<c>.ris</c>), JSON-LD (<c>.jsonld</c>), COinS title (<c>.coins.txt</c>) and meta tags
/// (<c>.meta.txt</c>: Highwire, OpenGraph and Twitter, one <c>name TAB content</c> per line).
/// Run with <c>UPDATE_GOLDEN=1</c> to rewrite them in the source tree, then read every changed file before keeping it.
/// </summary>
public sealed class CitationGoldenTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.TestFiles, "Citations");

    private static readonly bool UpdateGolden = Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    private static readonly IReadOnlyDictionary<string, Func<CitationCase, string>> Formats =
        new Dictionary<string, Func<CitationCase, string>>(StringComparer.Ordinal)
        {
            [".bib"] = c => BibTexWriter.Write(c.Paper, CitationCases.Site),
            [".ris"] = c => RisWriter.Write(c.Paper, CitationCases.Site, c.Keywords),
            [".jsonld"] = c => ScholarlyArticleJsonLd.Write(c.Paper, CitationCases.Site, c.Description, c.Keywords) + "\n",
            [".coins.txt"] = c => Coins.Title(c.Paper, CitationCases.Site) + "\n",
            [".meta.txt"] = c => string.Concat(
                HighwireMeta.Tags(c.Paper, CitationCases.Site)
                    .Concat(OpenGraph.Tags(c.Paper, CitationCases.Site, c.Description, c.Keywords))
                    .Concat(TwitterCard.Tags(c.Paper, c.Description))
                    .Select(tag => $"{tag.Name}\t{tag.Content}\n")),
        };

    public static TheoryData<string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var name in CitationCases.All.Keys.Order(StringComparer.Ordinal))
            {
                foreach (var extension in Formats.Keys)
                {
                    data.Add(name, extension);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_matches_the_golden_file(string caseName, string extension)
    {
        var actual = Formats[extension](CitationCases.All[caseName]);
        var path = Path.Combine(Folder, caseName + extension);
        var exists = File.Exists(path);
        // Compared with line endings normalised, so a checkout that rewrites them cannot fail the test;
        // RIS's CR LF endings are asserted by RisWriterTests.
        var expected = exists ? Normalise(File.ReadAllText(path, Encoding.UTF8)) : "";
        if (UpdateGolden && (!exists || expected != Normalise(actual)))
        {
            File.WriteAllText(Path.Combine(RepoPaths.SourceTestFiles, "Citations", caseName + extension), actual, new UTF8Encoding(false));
            return;
        }

        Assert.True(exists, $"{path} is missing; run the tests with UPDATE_GOLDEN=1 to create it, then read it");
        Assert.Equal(expected, Normalise(actual));
    }

    [Fact]
    public void Every_golden_file_belongs_to_a_case_and_format()
    {
        var orphans = (Directory.Exists(Folder) ? Directory.EnumerateFiles(Folder) : [])
            .Select(Path.GetFileName)
            .Where(file => !CitationCases.All.Keys.Any(name => Formats.Keys.Any(ext => file == name + ext)))
            .ToList();
        Assert.True(orphans.Count == 0, "golden files with no case: " + string.Join(", ", orphans));
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
