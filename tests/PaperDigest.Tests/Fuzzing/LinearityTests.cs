using System.Globalization;
using System.Text;
using PaperDigest.Diagnostics;
using PaperDigest.Incremental;
using PaperDigest.Parsing;
using PaperDigest.Reading;
using PaperDigest.Rendering;
using PaperDigest.Rendering.Math;
using PaperDigest.Scaffolding;
using PaperDigest.Tests.Parsing;

namespace PaperDigest.Tests.Fuzzing;

/// <summary>
/// Every reader costs in proportion to its input: for each shape of input, made once at size n and once at 8n, the bytes
/// the reader allocates grow at most <see cref="Slack"/> times 8 — a quadratic step would show as 64. Counted in
/// allocations, not time, so a busy machine cannot fail (or pass) it.
/// </summary>
public sealed class LinearityTests
{
    /// <summary>How much worse than proportional growth is tolerated (fixed costs make the small input relatively dearer anyway).</summary>
    private const double Slack = 2;

    private static readonly Lazy<PaperRendererHolder> Renderer = new(() => new PaperRendererHolder());

    public static TheoryData<string> Shapes => [.. Cases.Keys.Order(StringComparer.Ordinal)];

    private static Dictionary<string, (int N, Func<int, string> Make, Action<string> Read)> Cases { get; } = new(StringComparer.Ordinal)
    {
        ["bibtex: entries"] = (60, n => Repeat(n, i => Bib(i)), Import(".bib")),
        ["bibtex: authors of one entry"] = (500, n => $"@article{{k, title = {{T}}, author = {{{string.Join(" and ", Numbers(n, i => $"M{{\\\"u}}ller{i}, Anna"))}}}}}", Import(".bib")),
        ["bibtex: accents on accents"] = (2000, n => $"@misc{{k, title = {{{Repeat(n, _ => "\\'")}e}}}}", Import(".bib")),
        ["bibtex: macros in every entry"] = (60, n => "@string{prl = {Physical Review Letters}}\n" + Repeat(n, i => $"@article{{k{i}, title = {{Paper {i}}}, journal = prl # {{ (}} # jan # {{)}}}}\n"), Import(".bib")),
        ["bibtex: broken entries"] = (500, n => Repeat(n, i => $"@article{{k{i},\n  title = {{Never closed\n"), Import(".bib")),
        ["arxiv atom: entries"] = (60, AtomEntries, Import(".atom")),
        ["tex to unicode: nested accents"] = (1000, n => Repeat(n, _ => "\\'{") + "e" + new string('}', n), tex => TexToUnicode.Convert(tex)),
        ["tex to unicode: nested wrappers"] = (1000, n => Repeat(n, _ => "\\emph{") + "e" + new string('}', n), tex => TexToUnicode.Convert(tex)),
        ["front matter: authors"] = (200, n => EntryText.Entry("Many authors", "editors: [" + string.Join(", ", Numbers(n, i => $"Editor {i}")) + "]").Replace("[Ada Lovelace]", "[" + string.Join(", ", Numbers(n, i => $"Author {i}")) + "]", StringComparison.Ordinal), Entry),
        ["front matter: unknown keys"] = (200, n => EntryText.Entry("Unknown keys", Numbers(n, i => $"key{i}: value {i}").ToArray()), Entry),
        ["site.yml: editors"] = (200, n => "title: T\nbase_url: https://example.org/\neditors: [" + string.Join(", ", Numbers(n, i => $"Editor {i}")) + "]\n", text => SiteConfigParser.Parse(Source("site.yml", text), new DiagnosticBag())),
        ["tags.yml: tags"] = (100, n => Repeat(n, i => $"tag-{i}:\n  name: \"Tag {i}\"\n  description: \"What tag {i} is about.\"\n"), text => TagRegistryParser.Parse(Source("tags.yml", text), new DiagnosticBag())),
        ["write-up: paragraphs with math"] = (60, n => Repeat(n, i => $"Paragraph {i} with $x_{{{i}}}^2 + \\frac{{a}}{{b}}$ inline and\n\n$$\\sum_{{k=1}}^{{{i}}} \\sqrt{{k}}$$\n\n"), WriteUp),
        ["write-up: many math spans on one line"] = (300, n => Repeat(n, i => $"$a_{{{i}}}$ "), WriteUp),
        ["write-up: unclosed brackets and braces"] = (500, n => Repeat(n, _ => "[{$"), WriteUp),
        ["tex to mathml: a long formula"] = (60, n => Repeat(n, i => $"a_{{{i % 10}}} + "), tex => TexToMathML.Convert(tex + "z", true)),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_reader_allocates_in_proportion_to_its_input(string shape)
    {
        var (n, make, read) = Cases[shape];
        var small = make(n);
        var large = make(8 * n);
        read(small); // JIT, static tables and caches are not the reader's cost.

        var atN = Allocations.Of(() => read(small));
        var at8N = Allocations.Of(() => read(large));

        var ratio = (double)at8N / atN;
        Assert.True(ratio <= 8 * Slack,
            string.Create(CultureInfo.InvariantCulture, $"{shape}: {small.Length:N0} characters allocate {atN:N0} bytes, {large.Length:N0} allocate {at8N:N0}: {ratio:F1} times"));
    }

    private static Action<string> Import(string extension) => text => ImportReader.Read("file" + extension, Encoding.UTF8.GetBytes(text));

    private static void Entry(string text) => PaperParser.Parse(Source("entry.md", text), EntryText.Rules, new DiagnosticBag());

    private static void WriteUp(string body) => Renderer.Value.Render(body);

    private static SourceFile Source(string path, string text) =>
        SourceDecoder.Decode(path, Encoding.UTF8.GetBytes(text), new DiagnosticBag()) ?? throw new InvalidOperationException(path + " does not decode");

    private static string Bib(int i) => Invariant($"""
        @inproceedings{"{"}ho{i},
          author    = {"{"}Ho, Jonathan and Jain, Ajay and Abbeel, Pieter{"}"},
          title     = {"{"}Denoising Diffusion Probabilistic Models, Part {i}{"}"},
          booktitle = {"{"}Advances in Neural Information Processing Systems{"}"},
          year      = {"{"}2020{"}"},
          url       = {"{"}https://github.com/hojonathanho/diffusion{i}{"}"}
        {"}"}

        """);

    private static string AtomEntries(int n) =>
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:arxiv=\"http://arxiv.org/schemas/atom\">\n"
        + Repeat(n, i => $"<entry><id>http://arxiv.org/abs/2501.{i:D5}v1</id><published>2025-01-02T00:00:00Z</published><title>Paper {i}</title><author><name>Ada Lovelace</name></author><arxiv:doi>10.1000/x{i}</arxiv:doi></entry>\n")
        + "</feed>\n";

    private static IEnumerable<string> Numbers(int n, Func<int, FormattableString> text) => Enumerable.Range(0, n).Select(i => Invariant(text(i)));

    private static string Repeat(int n, Func<int, FormattableString> text) => string.Concat(Numbers(n, text));

    private static string Repeat(int n, Func<int, string> text) => string.Concat(Enumerable.Range(0, n).Select(text));

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    /// <summary>The renderer the build uses for a paper, with the sample digest's settings.</summary>
    private sealed class PaperRendererHolder
    {
        private readonly PaperRenderer renderer;

        public PaperRendererHolder()
        {
            var site = SiteConfigParser.Parse(Source("site.yml", File.ReadAllText(Path.Combine(RepoPaths.Input, "site.yml"))), new DiagnosticBag())!;
            // Held for the test run; its temporary store is never written to by Render(body, ...).
            renderer = PaperRenderer.For(site, EntryText.Rules.Tags, EntryCache.Uncached());
        }

        public void Render(string body) => renderer.Render(body, "entry.md", 7, new DiagnosticBag());
    }
}
