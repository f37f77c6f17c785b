using System.Collections.Immutable;
using System.Text;
using PaperDigest.Diagnostics;
using PaperDigest.Parsing;
using PaperDigest.Reading;
using PaperDigest.Rendering;
using PaperDigest.Scaffolding;
using PaperDigest.Tests.Parsing;

namespace PaperDigest.Tests.Fuzzing;

/// <summary>
/// Every reader of untrusted text, each checked as the build or <c>import</c> runs it: from bytes, through the decoder,
/// to a result or diagnostics pointing inside the file.
/// </summary>
internal static class FuzzTargets
{
    private static readonly string[] YamlTokens =
    [
        "---", "...", ": ", "- ", "? ", "&a ", "*a", "!!str ", "!!binary ", "%YAML 1.2\n", "|", ">-", "[", "]", "{", "}", "'", "\"\\x",
        "\"\\u", "#", "\n  ", "\n\t", "title: ", "tags: [", "authors: ", "date: 2025-03-11", "links: {pdf: ", "aliases: [/../]", "null",
        "~", "0x1F", "1e999", "2025-02-30", ".nan",
    ];

    private static readonly string[] MarkdownTokens =
    [
        "$", "$$", "\\frac{", "\\sqrt{", "\\sqrt[", "\\left(", "\\right)", "\\middle|", "\\begin{pmatrix}", "\\end{pmatrix}", "\\begin{aligned}",
        "&", "\\\\", "^{", "_{", "\\text{", "\\operatorname{", "\\displaystyle", "\\not", "\\mathbb{", "\\hat{", "\\unknown",
        "> ", "* ", "- ", "1. ", "```", "~~~", "    ", "#", "[x](", "](http://a)", "![", "[^1]", "[^1]: ", "|---|", "| a |", "<div>",
        "<script>", "&amp;", "&#0;", "***", "~~", "==", "<http://a>", "javascript:", "\n\n", "[", "](", "`",
    ];

    private static readonly string[] BibTexTokens =
    [
        "@string{", "@article{", "@comment{", "@preamble{", "@misc(", "#", "=", ",", "{", "}", "\"", "\\'", "\\\"{", "\\c{", "\\v ", "\\emph{",
        "\\i", "\\ss", "\\url{", "$", " and ", " others", "jan", "@", "(", ")", "title = ", "author = {", "eprint = {2309.05153}",
        "archivePrefix = {arXiv}", "doi = {10.1103/x}", "journal = ", "year = 2023", "month = sep", "--", "~", "``", "''",
    ];

    private static readonly string[] AtomTokens =
    [
        "<!DOCTYPE feed [<!ENTITY a \"aaaaaaaaaa\">]>", "<!DOCTYPE feed SYSTEM \"file:///etc/passwd\">", "&a;", "&", "&amp;", "&#x0;",
        "&#65;", "<![CDATA[", "]]>", "<entry>", "</entry>", "<title>", "</title>", "<author><name>", "</name></author>",
        "<?xml version=\"1.0\" encoding=\"utf-16\"?>", "<?xml version=\"1.0\" encoding=\"nonsense\"?>", "xmlns=\"http://www.w3.org/2005/Atom\"",
        "xmlns:arxiv=\"http://arxiv.org/schemas/atom\"", "<arxiv:doi>", "</arxiv:doi>", "<id>http://arxiv.org/abs/2309.05153v1</id>",
        "<published>", "<", ">", "/>", "</", "<!--", "-->", "<?pi ?>", "<a>", "</a>", "=\"", "\"",
    ];

    private static readonly DateOnly Day = new(2025, 6, 1);

    private static readonly Lazy<DigestSnapshot> Snapshot = new(() =>
        DigestSnapshotLoader.Load(RepoPaths.Input).Snapshot ?? throw new InvalidOperationException("the sample digest does not load"));

    /// <summary>An entry: front matter through YAML to a paper, as <c>build</c> and <c>check</c> read it.</summary>
    public static FuzzTarget FrontMatter { get; } = new("front-matter", FuzzCorpus.Entries, YamlTokens, bytes =>
    {
        var bag = new DiagnosticBag();
        var source = SourceDecoder.Decode("entry.md", bytes, bag);
        var paper = source is null ? null : PaperParser.Parse(source, EntryText.Rules, bag);
        return Refusal(paper, bag) ?? DiagnosticPlaces.Problem(bag.Items, "entry.md", bytes);
    });

    public static FuzzTarget SiteConfig { get; } = new("site-yml", FuzzCorpus.SiteFiles, YamlTokens, bytes =>
    {
        var bag = new DiagnosticBag();
        var source = SourceDecoder.Decode("site.yml", bytes, bag);
        var site = source is null ? null : SiteConfigParser.Parse(source, bag);
        return (site is null && !bag.HasErrors ? "refused site.yml without an error" : null) ?? DiagnosticPlaces.Problem(bag.Items, "site.yml", bytes);
    });

    public static FuzzTarget TagRegistry { get; } = new("tags-yml", FuzzCorpus.TagFiles, YamlTokens, bytes =>
    {
        var bag = new DiagnosticBag();
        var source = SourceDecoder.Decode("tags.yml", bytes, bag);
        var tags = source is null ? null : TagRegistryParser.Parse(source, bag);
        return (tags is null && !bag.HasErrors ? "refused tags.yml without an error" : null) ?? DiagnosticPlaces.Problem(bag.Items, "tags.yml", bytes);
    });

    /// <summary>A BibTeX file through <c>import</c>: read, converted to papers, and each paper planned as an entry.</summary>
    public static FuzzTarget BibTex { get; } = new("bibtex", FuzzCorpus.BibTexFiles, BibTexTokens, bytes => Import("refs.bib", bytes));

    /// <summary>A saved arXiv response through <c>import</c>.</summary>
    public static FuzzTarget ArxivAtom { get; } = new("arxiv-atom", FuzzCorpus.AtomFiles, AtomTokens, bytes => Import("query.atom", bytes));

    /// <summary>
    /// A write-up (Markdown with math) after a valid front matter, rendered as the build renders a paper: HTML, or a
    /// diagnostic when Markdig refuses it.
    /// </summary>
    public static FuzzTarget WriteUp(PaperRenderer renderer)
    {
        var header = Encoding.UTF8.GetBytes(EntryText.Entry("Fuzzed write-up"));
        return new FuzzTarget("write-up", FuzzCorpus.WriteUps, MarkdownTokens, body =>
        {
            byte[] bytes = [.. header, .. body];
            var bag = new DiagnosticBag();
            var source = SourceDecoder.Decode("entry.md", bytes, bag);
            var paper = source is null ? null : PaperParser.Parse(source, EntryText.Rules, bag);
            if (paper is null)
            {
                return Refusal(paper, bag);
            }

            var rendered = renderer.Render(paper, bag);
            if (rendered is null != bag.HasErrors)
            {
                return rendered is null ? "refused the write-up without an error" : "rendered the write-up and reported an error";
            }

            return DiagnosticPlaces.Problem(bag.Items, "entry.md", bytes);
        });
    }

    private static string? Refusal(object? result, DiagnosticBag bag) =>
        result is null && !bag.HasErrors ? "refused the file without an error"
        : result is not null && bag.HasErrors ? "accepted the file despite an error: " + bag.Items.First(d => d.IsError).Code
        : null;

    private static string? Import(string path, byte[] bytes)
    {
        var read = ImportReader.Read(path, bytes);
        if (read.Papers.IsEmpty && read.Diagnostics.IsEmpty)
        {
            return "read nothing and said nothing";
        }

        var known = Snapshot.Value.Papers;
        foreach (var paper in read.Papers)
        {
            var plan = EntryPlanner.Plan(paper.ToEntry(Day, ImmutableArray.Create("active-matter")), Snapshot.Value, known);
            if (plan.IsReady)
            {
                known = known.Add(plan.Known);
            }
        }

        return DiagnosticPlaces.Problem(read.Diagnostics, path, bytes);
    }
}
