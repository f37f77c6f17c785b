using PaperDigest.Diagnostics;
using PaperDigest.Parsing;
using PaperDigest.Reading;
using PaperDigest.Yaml;

namespace PaperDigest.Scaffolding;

/// <summary>
/// Reads a digest for <c>new</c> and <c>import</c>: <c>site.yml</c> and <c>tags.yml</c> must be valid (their
/// diagnostics are returned otherwise), while entries are read leniently, only for their slug, arXiv id and DOI,
/// so that an entry with a mistake elsewhere (being edited, say) still counts as a duplicate.
/// </summary>
internal static class DigestSnapshotLoader
{
    public static (DigestSnapshot? Snapshot, IReadOnlyList<Diagnostic> Diagnostics) Load(string inputRoot)
    {
        var diagnostics = new DiagnosticBag();
        var site = Building.DigestLoader.ReadConfig(inputRoot, "site.yml", SiteConfigParser.Parse, diagnostics);
        var tags = Building.DigestLoader.ReadConfig(inputRoot, "tags.yml", TagRegistryParser.Parse, diagnostics);
        if (site is null || tags is null || diagnostics.HasErrors)
        {
            return (null, DiagnosticOrder.Sort(diagnostics.Items));
        }

        var papers = KnownPapers.Empty;
        foreach (var file in InputReader.List(inputRoot, "papers", ".md"))
        {
            papers = papers.Add(Identify(inputRoot, file));
        }

        return (new DigestSnapshot(inputRoot, site, tags, papers), DiagnosticOrder.Sort(diagnostics.Items));
    }

    /// <summary>An entry's identifiers as the parser would derive them, from whatever of its front matter reads.</summary>
    public static KnownPaper Identify(string inputRoot, string relativePath)
    {
        var display = InputReader.DisplayPath(inputRoot, relativePath);
        var ignored = new DiagnosticBag();
        var source = InputReader.Read(inputRoot, relativePath, ignored);
        var front = source is null ? null : FrontMatterSplitter.Split(source, ignored);
        var mapping = front is null ? null : YamlReader.Read(front.Yaml, SourcePath.InInput(inputRoot, relativePath), 2, ignored) as MappingNode;

        var arxivText = Scalar(mapping, "arxiv");
        var arxiv = arxivText is null ? null : PaperLinksText.ArxivId(arxivText);
        var doi = Scalar(mapping, "doi") is { } doiText ? Identifiers.NormaliseDoi(doiText) : null;
        var title = Scalar(mapping, "title");
        var slug = Scalar(mapping, "slug") is { } given && Identifiers.IsSlug(given) ? given
            : arxiv is not null || title is not null ? Identifiers.DefaultSlug(arxiv, title ?? "")
            : Path.GetFileNameWithoutExtension(relativePath);
        return new KnownPaper(display, slug, arxiv, doi, title);
    }

    private static string? Scalar(MappingNode? mapping, string key) =>
        mapping?[key] is ScalarNode { IsNull: false } scalar && scalar.Value.Trim() is { Length: > 0 } text ? text : null;
}
