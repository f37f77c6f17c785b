using PaperDigest.Building;

namespace PaperDigest.Tests.Site;

/// <summary>Two co-authors may share a name (different people): the entry builds and every format keeps both, in order.</summary>
public sealed class SameNameAuthorsTests
{
    private const string Entry = "papers/2025/2309.05153.md";

    [Fact]
    public void Two_authors_with_the_same_name_are_both_kept_on_the_page_and_in_the_citations()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepoPaths.Input, "in");
        var path = Path.Combine(input, Entry);
        File.WriteAllText(path, File.ReadAllText(path).Replace(
            "authors: [Yaxuan Zhu, Jianwen Xie, Ying Nian Wu, Ruiqi Gao]", "authors: [Wei Zhang, Jianwen Xie, Wei Zhang]", StringComparison.Ordinal));

        var result = SiteBuilder.Build(new BuildOptions(input, temp.Combine("no-theme"), temp.Combine("site")) { MadeFiles = SharedImages.Memo });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("Wei Zhang", StringComparison.Ordinal));
        var page = File.ReadAllText(temp.Combine("site", "papers", "2309.05153", "index.html"));
        Assert.Contains(
            "<span class=\"author\"><a href=\"/authors/wei-zhang/\">Wei Zhang</a></span>, <span class=\"author\"><a href=\"/authors/jianwen-xie/\">Jianwen Xie</a></span>, <span class=\"author\"><a href=\"/authors/wei-zhang/\">Wei Zhang</a></span>",
            page,
            StringComparison.Ordinal);
        // Without authors.yml to tell them apart, the two share a page, which lists the paper once.
        var author = File.ReadAllText(temp.Combine("site", "authors", "wei-zhang", "index.html"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(author, "class=\"card-title\""));
        var bib = File.ReadAllText(temp.Combine("site", "papers", "2309.05153", "cite.bib"));
        Assert.Contains("Zhang, Wei and Xie, Jianwen and Zhang, Wei", bib, StringComparison.Ordinal);
        var ris = File.ReadAllLines(temp.Combine("site", "papers", "2309.05153", "cite.ris"));
        Assert.Equal(2, ris.Count(l => l.StartsWith("AU  - Zhang, Wei", StringComparison.Ordinal)));
    }
}
