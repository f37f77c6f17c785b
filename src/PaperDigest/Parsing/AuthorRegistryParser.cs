using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Reading;

namespace PaperDigest.Parsing;

/// <summary>
/// Reads the optional <c>authors.yml</c>: a mapping from an author's key (the slug of their page) to
/// <c>{ name, orcid, url, aliases }</c>. Two people may share a name; each ORCID iD belongs to one person.
/// </summary>
internal static class AuthorRegistryParser
{
    public const string FileName = "authors.yml";

    public static readonly IReadOnlyList<string> Keys = ["name", "orcid", "url", "aliases"];

    private static readonly RegistryEntries Shape = new(
        DiagnosticCodes.AuthorRegistryInvalid,
        "authors.yml must map each author's key to { name: ..., orcid: ..., url: ..., aliases: [...] }",
        "author",
        key => $"author key '{key}' is not allowed; use lower-case letters, digits and '-', such as ada-lovelace",
        "{ name: Ada Lovelace, orcid: 0000-0002-1825-0097 }",
        Keys.ToHashSet());

    public static AuthorRegistry? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.Items.Count(d => d.IsError);
        if (Shape.Read(file, diagnostics) is not { } entries)
        {
            return null;
        }

        var people = ImmutableArray.CreateBuilder<RegisteredAuthor>();
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var orcids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, fields) in entries)
        {
            var name = fields.Text("name", required: true, maxLength: AuthorParser.MaxNameLength);
            var orcid = AuthorParser.ReadOrcid(fields);
            var url = PaperParser.Url(fields, "url");
            var aliases = Aliases(fields, key.Value, name, diagnostics);
            if (orcid is not null && !orcids.TryAdd(orcid, key.Value))
            {
                diagnostics.Error(fields.LocationOf("orcid"), DiagnosticCodes.AuthorRegistryDuplicate,
                    $"the ORCID iD {orcid} is given for '{orcids[orcid]}' too; an ORCID iD names one person");
            }

            if (name is not null)
            {
                people.Add(new RegisteredAuthor(key.Value, name, orcid, url) { Aliases = aliases });
                locations[key.Value] = key.Location;
            }
        }

        return diagnostics.Items.Count(d => d.IsError) > errorsBefore ? null : new AuthorRegistry(people.ToImmutable()) { Locations = locations };
    }

    private static ImmutableArray<string> Aliases(FieldReader fields, string key, string? name, DiagnosticBag diagnostics)
    {
        var aliases = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (name is not null)
        {
            seen.Add(AuthorRegistry.NameSlug(name));
        }

        foreach (var (alias, location) in fields.List("aliases", maxLength: AuthorParser.MaxNameLength))
        {
            if (!seen.Add(AuthorRegistry.NameSlug(alias)))
            {
                diagnostics.Error(location, DiagnosticCodes.AuthorRegistryDuplicate,
                    $"the alias '{FieldReader.Shorten(alias)}' of '{key}' is its name or another of its aliases again (names are compared without case, accents and punctuation)");
            }
            else
            {
                aliases.Add(alias);
            }
        }

        return aliases.ToImmutable();
    }
}
