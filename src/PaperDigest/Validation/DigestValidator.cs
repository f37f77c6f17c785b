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
        Unique(ordered, p => [(p.Slug, p.Locations.Slug)], StringComparer.Ordinal, DiagnosticCodes.DuplicateSlug, "slug", diagnostics);
        Unique(ordered, p => p.Arxiv is null ? [] : [(Parsing.Identifiers.ArxivWithoutVersion(p.Arxiv), p.Locations.Arxiv)], StringComparer.Ordinal,
            DiagnosticCodes.DuplicateArxivId, "arXiv id", diagnostics);
        Unique(ordered, p => p.Doi is null ? [] : [(p.Doi, p.Locations.Doi)], StringComparer.OrdinalIgnoreCase, DiagnosticCodes.DuplicateDoi, "DOI", diagnostics);

        var paths = ordered.GroupBy(p => p.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Unique(ordered, p => [.. p.Aliases.Select((a, i) => (Normalise(a), p.Locations.Aliases[i]))], StringComparer.Ordinal, DiagnosticCodes.DuplicateAlias, "alias", diagnostics);
        foreach (var paper in ordered)
        {
            for (var i = 0; i < paper.Aliases.Length; i++)
            {
                if (paths.TryGetValue(Normalise(paper.Aliases[i]), out var owner))
                {
                    diagnostics.Add(Diagnostic.Error(paper.Locations.Aliases[i], DiagnosticCodes.DuplicateAlias,
                        $"alias '{paper.Aliases[i]}' is the address of {owner.SourcePath}"));
                }
            }
        }

        return diagnostics;
    }

    private static string Normalise(string alias) => alias.EndsWith('/') || Path.HasExtension(alias) ? alias : alias + "/";

    private static void Unique(
        List<Paper> papers,
        Func<Paper, IEnumerable<(string Key, SourceLocation Location)>> keys,
        StringComparer comparer,
        string code,
        string what,
        List<Diagnostic> diagnostics)
    {
        var first = new Dictionary<string, Paper>(comparer);
        foreach (var paper in papers)
        {
            var seen = new HashSet<string>(comparer);
            foreach (var (key, location) in keys(paper))
            {
                if (!seen.Add(key))
                {
                    diagnostics.Add(Diagnostic.Error(location, code, $"{what} '{key}' is listed twice"));
                }
                else if (first.TryGetValue(key, out var earlier))
                {
                    diagnostics.Add(Diagnostic.Error(location, code,
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
