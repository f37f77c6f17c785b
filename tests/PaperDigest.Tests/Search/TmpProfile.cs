using System.Diagnostics;
using PaperDigest.Search;
using Xunit.Abstractions;

namespace PaperDigest.Tests.Search;

public sealed class TmpProfile(ITestOutputHelper output)
{
    [Fact]
    public void Profile()
    {
        var papers = SyntheticPapers.Make(10_000);
        var tags = SearchPapers.Tags.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        var c = Stopwatch.StartNew();
        long n = 0;
        foreach (var p in papers) n += WriteUpText.FromHtml(p.Html).Length;
        output.WriteLine($"html {c.ElapsedMilliseconds} ms"); c.Restart();
        foreach (var p in papers) n += SearchText.Normalise(WriteUpText.FromHtml(p.Html)).Length;
        output.WriteLine($"normalise {c.ElapsedMilliseconds} ms"); c.Restart();
        foreach (var p in papers) n += SearchText.Terms(WriteUpText.FromHtml(p.Html), StopWords.English).Count();
        output.WriteLine($"terms {c.ElapsedMilliseconds} ms"); c.Restart();
        foreach (var p in papers) n += SearchText.ArxivIds(WriteUpText.FromHtml(p.Html)).Count();
        output.WriteLine($"ids {c.ElapsedMilliseconds} ms"); c.Restart();
        foreach (var p in papers) n += SearchIndexBuilder.TermsOf(p, tags, StopWords.English).Count;
        output.WriteLine($"termsOf {c.ElapsedMilliseconds} ms"); c.Restart();
        SearchIndexBuilder.Build(SearchPapers.Site(), SearchPapers.Tags, papers);
        output.WriteLine($"build {c.ElapsedMilliseconds} ms {n}");
    }
}
