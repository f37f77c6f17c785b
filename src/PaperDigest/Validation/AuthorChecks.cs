using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Parsing;

namespace PaperDigest.Validation;

/// <summary>
/// Checks of every entry's authors against <c>authors.yml</c> and each other: an <c>id</c> the registry lacks is an
/// error; an ORCID iD that contradicts the registry, one name given with different ORCID iDs by entries, and a name
/// several registered people share given without saying which, are warnings (the registry does not settle who is who).
/// </summary>
internal static class AuthorChecks
{
    public static IReadOnlyList<Diagnostic> Check(IReadOnlyList<Paper> papers, AuthorRegistry registry)
    {
        var diagnostics = new List<Diagnostic>();
        // For each unregistered name (as a slug), the first ORCID iD given for it and where.
        var firstOrcid = new Dictionary<string, (string Orcid, Paper Paper)>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paper in papers.OrderBy(p => p.SourcePath.Path, StringComparer.Ordinal))
        {
            var at = paper.Locations.Authors;
            foreach (var author in paper.Authors)
            {
                if (author.Id is not null)
                {
                    CheckId(author, registry, at, diagnostics);
                    continue;
                }

                if (registry.Find(author) is not null)
                {
                    continue;
                }

                var namesakes = registry.Named(author.Name).ToList();
                if (author.Orcid is null && namesakes.Count > 1)
                {
                    diagnostics.Add(Diagnostic.Warning(at, DiagnosticCodes.AmbiguousAuthor,
                        $"'{author.Name}' is the name of {string.Join(" and ", namesakes.Select(p => $"'{p.Id}'"))} in authors.yml; say which with {{ name: {author.Name}, id: {namesakes[0].Id} }} (or their orcid), else the paper is listed on a page of its own"));
                    continue;
                }

                if (author.Orcid is not { } orcid)
                {
                    continue;
                }

                var slug = registry.SlugOf(author with { Orcid = null });
                if (!firstOrcid.TryAdd(slug, (orcid, paper)) && firstOrcid[slug].Orcid != orcid && reported.Add(slug))
                {
                    var first = firstOrcid[slug];
                    // The other entry by its path inside the input folder, as authors.yml is named: a warning is reported
                    // again from the build cache by later builds, which may name the input folder otherwise.
                    diagnostics.Add(Diagnostic.Warning(at, DiagnosticCodes.AmbiguousAuthor,
                        $"'{author.Name}' has the ORCID iD {orcid} here and {first.Orcid} in {first.Paper.SourcePath.Path}; if they are two people, give each a key and orcid in {AuthorRegistryParser.FileName} so each has a page of their own (until then they share /authors/{slug}/); if one, correct the ORCID iD"));
                }
            }
        }

        return diagnostics;
    }

    private static void CheckId(Author author, AuthorRegistry registry, SourceLocation at, List<Diagnostic> diagnostics)
    {
        if (registry.Find(author) is not { } person)
        {
            var known = registry.People.Select(p => p.Id).ToList();
            var hint = Suggestions.Closest(author.Id!, known) is { } closest ? $" (did you mean '{closest}'?)" : "";
            diagnostics.Add(Diagnostic.Error(at, DiagnosticCodes.UnknownAuthorId, registry.IsEmpty
                ? $"author '{author.Name}' has id '{author.Id}', but there is no {AuthorRegistryParser.FileName} to define it; add one, or leave the id out"
                : $"author '{author.Name}' has id '{author.Id}', which {AuthorRegistryParser.FileName} does not define{hint}"));
        }
        else if (author.Orcid is not null && person.Orcid is not null && author.Orcid != person.Orcid)
        {
            diagnostics.Add(Diagnostic.Warning(at, DiagnosticCodes.AuthorOrcidMismatch,
                $"author '{author.Name}' has id '{person.Id}', whose ORCID iD in {AuthorRegistryParser.FileName} is {person.Orcid}, not {author.Orcid}; correct one of them"));
        }
    }
}
