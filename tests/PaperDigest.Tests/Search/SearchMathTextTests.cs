using PaperDigest.Building;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Search;

/// <summary>
/// The search index takes a paper's math as readers see it in cards and feeds: the tldr's formulas and a summary taken
/// from the write-up are readable Unicode in the stored summary and in the terms it is found by, never raw TeX.
/// </summary>
public sealed class SearchMathTextTests
{
    [Fact]
    public void The_search_index_holds_math_as_readable_Unicode()
    {
        using var temp = new TempFolder();
        var input = TinyDigest.Create(temp.Combine("input"), TinyDigest.SiteYml, TinyDigest.TagsYml,
            ("2025/tldr.md", TinyDigest.Entry("With a tldr", "2025-03-10", "A write-up.", extra: "tldr: 'A bound on $\\alpha$-divergence of order $\\sqrt{n}$.'\n")),
            ("2025/body.md", TinyDigest.Entry("Without a tldr", "2025-03-11", "The loss $\\mathcal{L}_\\theta = \\sum_i x_i^2$ falls.")));

        var built = SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, temp.Combine("site")));

        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics.Select(d => d.Message)));
        var files = Directory.GetFiles(temp.Combine("site"), "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f).StartsWith("docs-", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("terms-", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);
        var docs = string.Concat(files.Where(f => Path.GetFileName(f).StartsWith("docs-", StringComparison.Ordinal)).Select(File.ReadAllText));
        var terms = string.Concat(files.Where(f => Path.GetFileName(f).StartsWith("terms-", StringComparison.Ordinal)).Select(File.ReadAllText));

        Assert.Contains("A bound on α-divergence of order √n.", docs, StringComparison.Ordinal);
        Assert.True(docs.Contains('θ', StringComparison.Ordinal) && docs.Contains('∑', StringComparison.Ordinal), docs);
        Assert.DoesNotContain("$", docs, StringComparison.Ordinal);
        Assert.DoesNotContain("\\\\", docs, StringComparison.Ordinal);

        // The tldr's words are terms; the names of its TeX commands are not (α, a single letter, is too short to be one).
        Assert.Contains("\"divergence\"", terms, StringComparison.Ordinal);
        Assert.DoesNotContain("\"alpha\"", terms, StringComparison.Ordinal);
        Assert.DoesNotContain("\"sqrt\"", terms, StringComparison.Ordinal);
    }
}
