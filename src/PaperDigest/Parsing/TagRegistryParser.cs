using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Reading;

namespace PaperDigest.Parsing;

/// <summary>
/// Reads <c>tags.yml</c>: a mapping from tag slug to <c>{ name, description, arxiv }</c>, where <c>arxiv</c> lists the
/// arXiv categories the tag stands for (<c>[cs.CL, cs.LG]</c>), so that <c>new</c> and <c>import</c> suggest it.
/// </summary>
internal static class TagRegistryParser
{
    public static readonly IReadOnlyList<string> Keys = ["name", "description", "arxiv"];

    private static readonly RegistryEntries Shape = new(
        DiagnosticCodes.TagRegistryInvalid,
        "tags.yml must map each tag slug to { name: ..., description: ... }",
        "tag",
        key => $"tag slug '{key}' is not allowed; use lower-case letters, digits and '-'",
        "{ name: Diffusion models, description: ... }",
        Keys.ToHashSet());

    public static TagRegistry? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.Items.Count(d => d.IsError);
        if (Shape.Read(file, diagnostics) is not { } entries)
        {
            return null;
        }

        var tags = ImmutableArray.CreateBuilder<Tag>();
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (key, fields) in entries)
        {
            var name = fields.Text("name", required: true, maxLength: 100);
            var description = fields.Text("description", maxLength: 1000) ?? "";
            var categories = ArxivCategories(fields, key.Value, diagnostics);
            if (name is not null)
            {
                tags.Add(new Tag(key.Value, name, description) { ArxivCategories = categories });
                locations[key.Value] = key.Location;
            }
        }

        return diagnostics.Items.Count(d => d.IsError) > errorsBefore ? null : new TagRegistry(tags.ToImmutable()) { Locations = locations };
    }

    /// <summary>The tag's <c>arxiv</c> list: each item must look like an arXiv category and be listed once.</summary>
    private static ImmutableArray<string> ArxivCategories(FieldReader fields, string tag, DiagnosticBag diagnostics)
    {
        var categories = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (category, location) in fields.List("arxiv", maxLength: 100))
        {
            if (!Identifiers.IsArxivCategory(category))
            {
                diagnostics.Error(location, DiagnosticCodes.TagArxivCategoryInvalid,
                    $"'{FieldReader.Shorten(category)}' in the arxiv list of tag '{tag}' is not an arXiv category; write one category per item, such as cs.CL, math.PR, hep-th or astro-ph.CO");
            }
            else if (!seen.Add(category))
            {
                diagnostics.Error(location, DiagnosticCodes.TagArxivCategoryInvalid, $"the arXiv category '{category}' is listed twice for tag '{tag}'");
            }
            else
            {
                categories.Add(category);
            }
        }

        return categories.ToImmutable();
    }
}
