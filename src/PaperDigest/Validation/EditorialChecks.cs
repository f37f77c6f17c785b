using PaperDigest.Building;
using PaperDigest.Diagnostics;
using PaperDigest.Indexing;
using PaperDigest.Rendering;

namespace PaperDigest.Validation;

/// <summary>
/// Warnings for editors that do not stop a build but should be fixed before merging: tags nobody uses, and links in write-ups to site paths that will not exist.
/// </summary>
internal static class EditorialChecks
{
    public static IReadOnlyList<Diagnostic> Warnings(DigestContent content, SiteModel model, MarkdownRenderer markdown, IEnumerable<string> staticFiles)
    {
        var warnings = new List<Diagnostic>();
        var used = content.Papers.SelectMany(p => p.Tags).ToHashSet(StringComparer.Ordinal);
        foreach (var tag in content.Tags.Tags.Where(t => !used.Contains(t.Slug)))
        {
            var location = content.Tags.Locations.TryGetValue(tag.Slug, out var at) ? at : SourceLocation.StartOf(SourcePath.Given("tags.yml"));
            warnings.Add(Diagnostic.Warning(location, DiagnosticCodes.UnusedTag, $"tag '{tag.Slug}' is used by no paper; remove it or tag a paper with it"));
        }

        var paths = SitePaths.Of(model, staticFiles);
        var sources = content.Papers.Select(p => (p.SourcePath, p.Body, p.BodyLine))
            .Concat(content.Pages.Select(p => (p.SourcePath, p.Body, p.BodyLine)));
        foreach (var (path, body, line) in sources)
        {
            foreach (var link in markdown.InternalLinks(body, path, line).Where(l => !SitePaths.Resolves(l.Path, paths)))
            {
                warnings.Add(Diagnostic.Warning(link.Location, DiagnosticCodes.BrokenInternalLink,
                    $"link to '{link.Url}' points nowhere on this site{Parsing.Suggestions.Hint(link.Path, paths)}"));
            }
        }

        return warnings;
    }
}
