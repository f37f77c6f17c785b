using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Reading;
using PaperDigest.Yaml;

namespace PaperDigest.Parsing;

/// <summary>Reads a free page, <c>pages/&lt;name&gt;.md</c>, whose name becomes its URL.</summary>
internal static class FreePageParser
{
    public static readonly IReadOnlyList<string> Keys = ["title", "description"];

    /// <summary>Top-level paths the site itself uses; a free page may not take them.</summary>
    public static readonly IReadOnlySet<string> ReservedNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "papers", "tags", "page", "days", "weeks", "months", "archive", "feeds", "search", "assets",
        "newsletter", "static", "404", "index", "feed", "atom", "sitemap", "robots",
    };

    public static FreePage? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileNameWithoutExtension(file.RelativePath);
        var errorsBefore = diagnostics.Items.Count(d => d.IsError);
        if (!Identifiers.IsSlug(name))
        {
            diagnostics.Error(SourceLocation.StartOf(file.Path), DiagnosticCodes.PageInvalid,
                $"page file name '{name}' cannot be a URL; use lower-case letters, digits, '.' and '-'");
        }
        else if (ReservedNames.Contains(name))
        {
            diagnostics.Error(SourceLocation.StartOf(file.Path), DiagnosticCodes.PageNameReserved,
                $"page name '{name}' is used by the site itself; rename the file");
        }

        var front = FrontMatterSplitter.Split(file, diagnostics);
        if (front is null)
        {
            return null;
        }

        var mapping = MappingDocument.Read(front.Yaml, file.Path, 2, diagnostics, DiagnosticCodes.NotAMapping,
            "a page's front matter must be key: value pairs with at least a title");
        if (mapping is null)
        {
            return null;
        }

        var fields = new FieldReader(mapping, diagnostics, DiagnosticCodes.PageInvalid);
        fields.RejectUnknownKeys(Keys.ToHashSet(), "page front matter");
        var title = fields.Text("title", required: true, maxLength: 300);
        var description = fields.Text("description", maxLength: 1000);
        return diagnostics.Items.Count(d => d.IsError) > errorsBefore || title is null
            ? null
            : new FreePage(file.Path, name, title, description, front.Body, front.BodyLine);
    }
}
