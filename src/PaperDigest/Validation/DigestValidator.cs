using PaperDigest.Content;
using PaperDigest.Diagnostics;

namespace PaperDigest.Validation;

/// <summary>
/// Checks that need every entry at once: no two entries share a slug, an arXiv id (whatever the version),
/// a DOI (case-insensitively, as DOIs are) or an alias, and no alias is another paper's address.
/// Each duplicate is reported at the later file, naming the first.
/// </summary>
internal static class DigestValidator
{
    private const string PaperFolder = "/papers/";

    public static IReadOnlyList<Diagnostic> Validate(IReadOnlyList<Paper> papers)
    {
        var diagnostics = new List<Diagnostic>();
        var ordered = InPathOrder(papers);
        var bySlug = Unique(ordered, p => p.Slug, p => p.Locations.Slug, StringComparer.Ordinal, DiagnosticCodes.DuplicateSlug, "slug", diagnostics);
        Unique(ordered, p => p.Arxiv is null ? null : Parsing.Identifiers.ArxivWithoutVersion(p.Arxiv), p => p.Locations.Arxiv, StringComparer.Ordinal,
            DiagnosticCodes.DuplicateArxivId, "arXiv id", diagnostics);
        Unique(ordered, p => p.Doi, p => p.Locations.Doi, StringComparer.OrdinalIgnoreCase, DiagnosticCodes.DuplicateDoi, "DOI", diagnostics);
        UniqueAliases(ordered, diagnostics);
        foreach (var paper in ordered)
        {
            for (var i = 0; i < paper.Aliases.Length; i++)
            {
                if (Owner(Normalise(paper.Aliases[i]), bySlug) is { } owner)
                {
                    diagnostics.Add(Diagnostic.Error(paper.Locations.Aliases[i], DiagnosticCodes.DuplicateAlias,
                        $"alias '{paper.Aliases[i]}' is the address of {owner.SourcePath}"));
                }
            }
        }

        return diagnostics;
    }

    private static string Normalise(string alias) => alias.EndsWith('/') || Path.HasExtension(alias) ? alias : alias + "/";

    /// <summary>The papers by their path inside the input folder; a build reads them in that order already, so usually no sort is needed.</summary>
    private static List<Paper> InPathOrder(IReadOnlyList<Paper> papers)
    {
        for (var i = 1; i < papers.Count; i++)
        {
            if (string.CompareOrdinal(papers[i - 1].SourcePath.Path, papers[i].SourcePath.Path) > 0)
            {
                return [.. papers.OrderBy(p => p.SourcePath.Path, StringComparer.Ordinal)];
            }
        }

        return [.. papers];
    }

    /// <summary>The paper whose page is at <paramref name="sitePath"/> (<c>/papers/{slug}/</c>), the first with that slug.</summary>
    private static Paper? Owner(string sitePath, Dictionary<string, Paper> bySlug) =>
        sitePath.Length > PaperFolder.Length && sitePath.StartsWith(PaperFolder, StringComparison.Ordinal) && sitePath.EndsWith('/')
            && bySlug.TryGetValue(sitePath[PaperFolder.Length..^1], out var owner)
            ? owner
            : null;

    /// <summary>Reports each paper whose key an earlier paper has; returns the first paper with each key.</summary>
    private static Dictionary<string, Paper> Unique(
        List<Paper> papers,
        Func<Paper, string?> key,
        Func<Paper, SourceLocation> location,
        StringComparer comparer,
        string code,
        string what,
        List<Diagnostic> diagnostics)
    {
        var first = new Dictionary<string, Paper>(papers.Count, comparer);
        foreach (var paper in papers)
        {
            if (key(paper) is { } value && !first.TryAdd(value, paper))
            {
                diagnostics.Add(Diagnostic.Error(location(paper), code, $"duplicate {what} '{value}': {first[value].SourcePath} has it too"));
            }
        }

        return first;
    }

    private static void UniqueAliases(List<Paper> papers, List<Diagnostic> diagnostics)
    {
        var first = new Dictionary<string, Paper>(StringComparer.Ordinal);
        foreach (var paper in papers)
        {
            var seen = paper.Aliases.Length > 1 ? new HashSet<string>(StringComparer.Ordinal) : null;
            for (var i = 0; i < paper.Aliases.Length; i++)
            {
                var alias = Normalise(paper.Aliases[i]);
                var location = paper.Locations.Aliases[i];
                if (seen is not null && !seen.Add(alias))
                {
                    diagnostics.Add(Diagnostic.Error(location, DiagnosticCodes.DuplicateAlias, $"alias '{alias}' is listed twice"));
                }
                else if (first.TryGetValue(alias, out var earlier))
                {
                    diagnostics.Add(Diagnostic.Error(location, DiagnosticCodes.DuplicateAlias, $"duplicate alias '{alias}': {earlier.SourcePath} has it too"));
                }
                else
                {
                    first[alias] = paper;
                }
            }
        }
    }
}
