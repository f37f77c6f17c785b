using PaperDigest.Content;
using PaperDigest.Diagnostics;

namespace PaperDigest.Validation;

/// <summary>
/// Checks that need every entry at once: no two entries share a slug, an arXiv id (whatever the version),
/// a DOI (case-insensitively, as DOIs are) or an alias, and no alias is another paper's address.
/// Each duplicate is reported at the later file, naming the first.
/// </summary>
public static class DigestValidator
{
    public static IReadOnlyList<Diagnostic> Validate(IReadOnlyList<Paper> papers)
    {
        var diagnostics = new List<Diagnostic>();
        var ordered = papers.OrderBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
        Unique(ordered, p => [p.Slug], p => p.Locations.Slug, StringComparer.Ordinal, DiagnosticCodes.DuplicateSlug, "slug", diagnostics);
        Unique(ordered, p => p.Arxiv is null ? [] : [Parsing.Identifiers.ArxivWithoutVersion(p.Arxiv)], p => p.Locations.Arxiv, StringComparer.Ordinal,
            DiagnosticCodes.DuplicateArxivId, "arXiv id", diagnostics);
        Unique(ordered, p => p.Doi is null ? [] : [p.Doi], p => p.Locations.Doi, StringComparer.OrdinalIgnoreCase, DiagnosticCodes.DuplicateDoi, "DOI", diagnostics);

        var paths = ordered.GroupBy(p => p.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Unique(ordered, p => [.. p.Aliases.Select(Normalise)], p => p.Locations.Aliases, StringComparer.Ordinal, DiagnosticCodes.DuplicateAlias, "alias", diagnostics);
        foreach (var paper in ordered)
        {
            foreach (var alias in paper.Aliases.Where(a => paths.ContainsKey(Normalise(a))))
            {
                diagnostics.Add(Diagnostic.Error(paper.Locations.Aliases, DiagnosticCodes.DuplicateAlias,
                    $"alias '{alias}' is the address of {paths[Normalise(alias)].SourcePath}"));
            }
        }

        return diagnostics;
    }

    private static string Normalise(string alias) => alias.EndsWith('/') || Path.HasExtension(alias) ? alias : alias + "/";

    private static void Unique(
        List<Paper> papers,
        Func<Paper, IEnumerable<string>> keys,
        Func<Paper, SourceLocation> location,
        StringComparer comparer,
        string code,
        string what,
        List<Diagnostic> diagnostics)
    {
        var first = new Dictionary<string, Paper>(comparer);
        foreach (var paper in papers)
        {
            foreach (var key in keys(paper).Distinct(comparer))
            {
                if (first.TryGetValue(key, out var earlier))
                {
                    diagnostics.Add(Diagnostic.Error(location(paper), code,
                        $"duplicate {what} '{key}': {earlier.SourcePath} has it too"));
                }
                else
                {
                    first[key] = paper;
                }
            }
        }
    }
}
