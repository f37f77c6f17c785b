using System.Text;
using System.Text.Json;
using PaperDigest.Citations;
using PaperDigest.Tests.Feeds;

namespace PaperDigest.Tests.Citations;

/// <summary>
/// Python's bibtexparser (Debian's 1.x, with LaTeX turned into Unicode, month macros resolved and authors split, as
/// Python reference tools set it up) reads every sample paper's <c>cite.bib</c>; each must say what the paper's
/// <see cref="Citation"/> says: entry type, title, authors, venue, volume, number, pages, year, month, arXiv id, DOI.
/// </summary>
public sealed class BibtexParserTests(ITestOutputHelper output)
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    [Fact]
    public async Task Bibtexparser_reads_each_bib_as_the_citation_says()
    {
        TestTools.Require(TestTools.BibtexParser);

        using var temp = new TempFolder();
        var files = new List<(string Path, Citation Citation)>();
        foreach (var (name, citation) in SampleCitations.All)
        {
            var path = temp.Combine(name.Replace('/', '-') + ".bib");
            await File.WriteAllTextAsync(path, BibTexWriter.Write(citation), new UTF8Encoding(false), TestContext.Current.CancellationToken);
            files.Add((path, citation));
        }

        var (exit, stdout, stderr) = await ToolProcessRun.RunAsync(UniversalFeedParser.Python, [TestTools.BibtexParserScript, .. files.Select(f => f.Path)]);
        Assert.True(exit == 0, $"bibtexparser failed (exit {exit}):\n{stderr}");
        using var read = JsonDocument.Parse(stdout);
        var problems = new List<string>();
        foreach (var (path, citation) in files)
        {
            var entries = read.RootElement.GetProperty(path);
            if (entries.GetArrayLength() != 1)
            {
                problems.Add($"{Path.GetFileName(path)}: {entries.GetArrayLength()} entries");
                continue;
            }

            problems.AddRange(Compare(entries[0], citation).Select(p => $"{Path.GetFileName(path)}: {p}"));
        }

        output.WriteLine($"bibtexparser read {files.Count} files");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static IEnumerable<string> Compare(JsonElement entry, Citation citation)
    {
        string? Field(string name) => entry.TryGetProperty(name, out var value) ? value.GetString() : null;

        var (type, venueField) = citation.Kind switch
        {
            CitationKind.Article => ("article", "journal"),
            CitationKind.ProceedingsPaper => ("inproceedings", "booktitle"),
            CitationKind.Chapter => ("incollection", "booktitle"),
            CitationKind.Thesis => ("phdthesis", "school"),
            _ => ("misc", "howpublished"),
        };
        if (Field("ENTRYTYPE") != type)
        {
            yield return $"type {Field("ENTRYTYPE")} for a {citation.Kind}";
        }

        var title = CitationText.Flatten(citation.Title);
        if (Field("title") != title)
        {
            yield return $"title '{Field("title")}', not '{title}'";
        }

        // bibtexparser writes a person with no given name (Plato, others) as "Plato, ".
        var authors = entry.TryGetProperty("author", out var list) ? list.EnumerateArray().Select(a => a.GetString()!.TrimEnd(' ', ',')).ToList() : [];
        var expectedAuthors = citation.Authors.Select(a => AuthorName.LastFirst(CitationText.Flatten(a.Name))).ToList();
        if (citation.Authors.Incomplete)
        {
            expectedAuthors.Add("others");
        }

        if (!authors.SequenceEqual(expectedAuthors))
        {
            yield return $"authors [{string.Join("; ", authors)}], not [{string.Join("; ", expectedAuthors)}]";
        }

        // A preprint on arXiv is named by its eprint fields, not by a venue.
        var expectedVenue = citation.Kind is CitationKind.Preprint && citation.Arxiv is not null
            && (citation.Venue is null || citation.Venue.Equals("arXiv", StringComparison.OrdinalIgnoreCase))
            ? null
            : citation.Venue;
        if (Field(venueField) != expectedVenue)
        {
            yield return $"{venueField} '{Field(venueField)}', not '{expectedVenue}'";
        }

        var published = citation.IsPublished;
        if (Field("volume") != (published ? citation.Volume : null) || Field("number") != (published ? citation.Issue : null))
        {
            yield return $"volume '{Field("volume")}' number '{Field("number")}'";
        }

        var pages = published ? citation.Pages?.Replace("\u2013", "--", StringComparison.Ordinal) : null;
        if (Field("pages") != pages)
        {
            yield return $"pages '{Field("pages")}', not '{pages}'";
        }

        var year = citation.Issued?.YearText;
        var month = citation.Issued?.Month is { } m ? Months[m - 1] : null;
        if (Field("year") != year || Field("month") != month)
        {
            yield return $"year '{Field("year")}' month '{Field("month")}', not '{year}' '{month}'";
        }

        if (Field("eprint") != citation.Arxiv || (citation.Arxiv is not null && Field("archiveprefix") != "arXiv"))
        {
            yield return $"eprint '{Field("eprint")}' archivePrefix '{Field("archiveprefix")}'";
        }

        if (Field("doi") != citation.Doi)
        {
            yield return $"doi '{Field("doi")}', not '{citation.Doi}'";
        }
    }
}
