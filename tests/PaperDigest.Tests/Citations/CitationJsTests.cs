using System.Text;
using System.Text.Json;
using PaperDigest.Citations;

namespace PaperDigest.Tests.Citations;

/// <summary>
/// Citation.js (<c>@citation-js/core</c> with its BibTeX and RIS plugins, pinned in <c>tests/tools</c>), the library
/// many reference tools convert with, reads every sample paper's <c>cite.bib</c> and <c>cite.ris</c> into CSL-JSON; each
/// must say what the paper's <see cref="Citation"/> says: type, title, authors, venue, volume, issue, pages, date, DOI.
/// </summary>
public sealed class CitationJsTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Citation_js_reads_each_bib_and_ris_as_the_citation_says()
    {
        TestTools.Require(TestTools.CitationJs, TestTools.Node);

        using var temp = new TempFolder();
        var files = new List<(string Path, Citation Citation, bool Ris)>();
        foreach (var (name, citation) in SampleCitations.All)
        {
            var stem = temp.Combine(name.Replace('/', '-'));
            await File.WriteAllTextAsync(stem + ".bib", BibTexWriter.Write(citation), new UTF8Encoding(false), TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(stem + ".ris", RisWriter.Write(citation), new UTF8Encoding(false), TestContext.Current.CancellationToken);
            files.Add((stem + ".bib", citation, false));
            files.Add((stem + ".ris", citation, true));
        }

        var (exit, stdout, stderr) = await ToolProcessRun.RunAsync(TestTools.NodePath!, [TestTools.CitationJsScript, .. files.Select(f => f.Path)]);
        Assert.True(exit == 0, $"Citation.js failed (exit {exit}):\n{stderr}");
        using var read = JsonDocument.Parse(stdout);
        var problems = new List<string>();
        foreach (var (path, citation, ris) in files)
        {
            var items = read.RootElement.GetProperty(path);
            if (items.GetArrayLength() != 1)
            {
                problems.Add($"{Path.GetFileName(path)}: {items.GetArrayLength()} items");
                continue;
            }

            problems.AddRange(Compare(items[0], citation, ris).Select(p => $"{Path.GetFileName(path)}: {p}"));
        }

        output.WriteLine($"Citation.js read {files.Count} files");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static string Part(JsonElement author, string name) => author.TryGetProperty(name, out var part) ? part.GetString() ?? "" : "";

    private static IEnumerable<string> Compare(JsonElement item, Citation citation, bool ris)
    {
        string? Text(string name) => item.TryGetProperty(name, out var value) ? value.ToString() : null;
        var type = Text("type");
        var expectedType = citation.Kind switch
        {
            CitationKind.Article => "article-journal",
            CitationKind.ProceedingsPaper => "paper-conference",
            CitationKind.Chapter => "chapter",
            CitationKind.Thesis => "thesis",
            _ => null,
        };
        if (expectedType is not null ? type != expectedType : type is "article-journal" or "paper-conference")
        {
            yield return $"type {type} for a {citation.Kind}";
        }

        if (Text("title") != CitationText.Flatten(citation.Title))
        {
            yield return $"title '{Text("title")}'";
        }

        // A particle ("Van de", "del") may come apart from the family name as CSL's non-dropping particle.
        var authors = item.TryGetProperty("author", out var list)
            ? list.EnumerateArray().Select(a => (
                string.Join(' ', new[] { Part(a, "non-dropping-particle"), Part(a, "family") }.Where(p => p.Length > 0)),
                Part(a, "given"))).ToList()
            : [];
        // Citation.js keeps BibTeX's "and others" as an author named "others"; the known authors come first.
        var expectedAuthors = citation.Authors.Select(a => AuthorName.Split(a.Name)).Select(n => (n.Family, n.Given)).ToList();
        if (!authors.Take(expectedAuthors.Count).SequenceEqual(expectedAuthors) || authors.Count - expectedAuthors.Count > (citation.Authors.Incomplete && !ris ? 1 : 0))
        {
            yield return $"authors [{string.Join("; ", authors)}]";
        }

        // RIS's conference name is CSL's event title; a thesis's university is its publisher, and so is the
        // howpublished of a BibTeX @misc.
        var venue = citation.Kind switch
        {
            CitationKind.ProceedingsPaper when ris => Text("event-title"),
            CitationKind.Thesis => Text("publisher"),
            CitationKind.Unclassified when !ris => Text("publisher"),
            _ => Text("container-title"),
        };
        var expectedVenue = citation.Kind is CitationKind.Preprint ? null : citation.Venue;
        if (venue != expectedVenue)
        {
            yield return $"venue '{venue}', not '{expectedVenue}'";
        }

        var published = citation.IsPublished;
        if (Text("volume") != (published ? citation.Volume : null) || Text("issue") != (published ? citation.Issue : null))
        {
            yield return $"volume '{Text("volume")}' issue '{Text("issue")}'";
        }

        var pages = published ? citation.Pages?.Replace('\u2013', '-') : null;
        if (Text("page") != pages)
        {
            yield return $"pages '{Text("page")}', not '{pages}'";
        }

        var parts = item.TryGetProperty("issued", out var issued) && issued.TryGetProperty("date-parts", out var dateParts)
            ? string.Join('-', dateParts[0].EnumerateArray().Select(p => p.GetInt32().ToString("D2", System.Globalization.CultureInfo.InvariantCulture)))
            : null;
        // BibTeX states the year and month.
        var date = !ris && citation.Issued is { } day ? day with { Day = null } : citation.Issued;
        if (parts != date?.Iso)
        {
            yield return $"date '{parts}', not '{date?.Iso}'";
        }

        if (Text("DOI") != citation.Doi)
        {
            yield return $"DOI '{Text("DOI")}'";
        }
    }
}
