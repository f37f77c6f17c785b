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
        var texts = papers.Select(p => SearchText.Normalise(WriteUpText.FromHtml(p.Html))).ToList();
        c.Restart();
        foreach (var t in texts) n += SearchText.Tokens(t).Count;
        output.WriteLine($"tokens {c.ElapsedMilliseconds} ms"); c.Restart();
        foreach (var t in texts) n += SearchText.Tokens(t).Count(x => SearchText.IsIndexable(x, StopWords.English));
        output.WriteLine($"tokens+filter {c.ElapsedMilliseconds} ms"); c.Restart();
        foreach (var t in texts) n += SearchText.Tokens(t).Count(x => SearchText.CodePoints(x) > 1);
        output.WriteLine($"tokens+cp {c.ElapsedMilliseconds} ms"); c.Restart();
        foreach (var t in texts) n += SearchText.Tokens(t).Count(x => StopWords.English.Contains(x));
        output.WriteLine($"tokens+stop {c.ElapsedMilliseconds} ms"); c.Restart();
        foreach (var p in papers) n += SearchText.ArxivIds(WriteUpText.FromHtml(p.Html)).Count();
        output.WriteLine($"ids {c.ElapsedMilliseconds} ms"); c.Restart();
        foreach (var p in papers) n += SearchIndexBuilder.TermsOf(p, tags, StopWords.English).Count;
        output.WriteLine($"termsOf {c.ElapsedMilliseconds} ms"); c.Restart();
        SearchIndexBuilder.Build(SearchPapers.Site(), SearchPapers.Tags, papers);
        output.WriteLine($"build {c.ElapsedMilliseconds} ms {n}");
    }
}
