using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Reading;
using PaperDigest.Yaml;

namespace PaperDigest.Parsing;

/// <summary>Reads <c>tags.yml</c>: a mapping from tag slug to <c>{ name, description }</c>.</summary>
public static class TagRegistryParser
{
    public static readonly IReadOnlyList<string> Keys = ["name", "description"];

    public static TagRegistry? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.Items.Count(d => d.IsError);
        var mapping = MappingDocument.Read(file.Text, file.DisplayPath, 1, diagnostics, DiagnosticCodes.TagRegistryInvalid,
            "tags.yml must map each tag slug to { name: ..., description: ... }");
        if (mapping is null)
        {
            return null;
        }

        var tags = ImmutableArray.CreateBuilder<Tag>();
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Entries.Select(e => (e.Key, e.Value)))
        {
            if (!Identifiers.IsTagSlug(key.Value))
            {
                diagnostics.Error(key.Location, DiagnosticCodes.TagRegistryInvalid,
                    $"tag slug '{FieldReader.Shorten(key.Value)}' is not allowed; use lower-case letters, digits and '-'");
                continue;
            }

            if (value is not MappingNode tagMapping)
            {
                diagnostics.Error(value.Location, DiagnosticCodes.TagRegistryInvalid,
                    $"tag '{key.Value}' must be a mapping such as {{ name: Diffusion models, description: ... }}, not {value.KindName}");
                continue;
            }

            var fields = new FieldReader(tagMapping, diagnostics, DiagnosticCodes.TagRegistryInvalid);
            fields.RejectUnknownKeys(Keys.ToHashSet(), $"tag '{key.Value}'");
            var name = fields.Text("name", required: true, maxLength: 100);
            var description = fields.Text("description", maxLength: 1000) ?? "";
            if (name is not null)
            {
                tags.Add(new Tag(key.Value, name, description));
                locations[key.Value] = key.Location;
            }
        }

        return diagnostics.Items.Count(d => d.IsError) > errorsBefore ? null : new TagRegistry(tags.ToImmutable()) { Locations = locations };
    }
}
