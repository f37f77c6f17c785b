using System.Text;
using PaperDigest.Diagnostics;
using PaperDigest.Incremental;
using PaperDigest.Parsing;
using PaperDigest.Rendering;
using PaperDigest.Tests.Cli;
using PaperDigest.Tests.Parsing;

namespace PaperDigest.Tests.MathML;

/// <summary>
/// Formulas nested a hundred thousand deep, in write-ups of nearly the largest size an entry may have: the converter
/// never recurses past <c>TexParser.MaxDepth</c> and never parses past <c>TexToMathML.MaxLength</c>, so they show as
/// their TeX — in the renderer on a small stack, and in the real <c>check</c> and <c>build</c>.
/// </summary>
public sealed class DeepFormulaTests
{
    private const int Depth = 100_000;

    public static TheoryData<string, string> DeepWriteUps => new()
    {
        { "braces", "$" + Repeat("{", Depth) + "x" + Repeat("}", Depth) + "$" },
        { "fractions", "$$" + Repeat(@"\frac{", Depth) + "x" + Repeat("}{y}", Depth) + "$$" },
        { "roots", "$$" + Repeat(@"\sqrt{", Depth) + "x" + Repeat("}", Depth) + "$$" },
        { "scripts", "$" + Repeat("x^{", Depth) + "y" + Repeat("}", Depth) + "$" },
        { "many deep formulas", Repeat("$" + Repeat("{", 2400) + "x" + Repeat("}", 2400) + "$ ", 200) },
    };

    [Theory]
    [MemberData(nameof(DeepWriteUps))]
    public void A_deep_formula_renders_as_its_tex_on_a_small_stack(string name, string body)
    {
        var entry = EntryText.Entry(name) + body + "\n";
        Assert.True(Encoding.UTF8.GetByteCount(entry) < PaperDigest.Reading.SourceDecoder.MaxFileBytes, "the entry fits the file size limit");
        var paper = EntryText.Paper("entry.md", entry);
        var site = SiteConfigParser.Parse(EntryText.Source("site.yml", File.ReadAllText(Path.Combine(RepoPaths.Input, "site.yml"))), new DiagnosticBag())!;
        using var cache = EntryCache.Uncached();
        var renderer = PaperRenderer.For(site, EntryText.Rules.Tags, cache);

        var bag = new DiagnosticBag();
        var html = SmallStack.Run(() => renderer.Render(paper.Body, "entry.md", paper.BodyLine, bag))?.Html;

        Assert.False(bag.HasErrors);
        Assert.Contains("<code class=\"math-tex\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<math", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_and_build_of_a_digest_with_deep_formulas_finish_without_a_stack_trace()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepoPaths.Input, "in");
        var number = 0;
        foreach (var (name, body) in DeepWriteUps.Select(row => row.Data))
        {
            File.WriteAllText(Path.Combine(input, "papers", "2025", $"deep-{++number}.md"), EntryText.Entry("Deep " + name) + body + "\n");
        }

        var check = PaperDigestProcess.Run(temp.Path, "check", "--input", "in");
        check.AssertNoStackTrace();
        check.AssertExit(0);

        var build = PaperDigestProcess.Run(temp.Path, "build", "--input", "in", "--theme", RepoPaths.Theme, "--output", "out");
        build.AssertNoStackTrace();
        build.AssertExit(0);
        Assert.Contains("math-tex", File.ReadAllText(temp.Combine("out", "papers", "deep-braces", "index.html")), StringComparison.Ordinal);
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
