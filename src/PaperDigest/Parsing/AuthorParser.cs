using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Yaml;

namespace PaperDigest.Parsing;

/// <summary>
/// Reads an entry's <c>authors</c>: a list whose items are names (<c>Ada Lovelace</c>) or mappings
/// (<c>{ name: Ada Lovelace, orcid: 0000-0002-1825-0097, url: https://..., id: ada-lovelace }</c>, where <c>id</c> is the person's key in <c>authors.yml</c>), in the paper's order, and
/// whose last item may be <c>others</c> to say the list is incomplete. Two authors may share a name: both are kept.
/// </summary>
internal static class AuthorParser
{
    public static readonly IReadOnlyList<string> Keys = ["name", "orcid", "url", "id"];

    public const int MaxNameLength = 200;

    /// <summary>What editors write for "and more" that is not the marker; each is reported with a hint to write <c>others</c>.</summary>
    private static readonly HashSet<string> EtAlSpellings = new(StringComparer.OrdinalIgnoreCase)
    {
        "others", "et al.", "et al", "et. al.", "and others", "...", "…",
    };

    public static AuthorList Read(FieldReader fields)
    {
        var diagnostics = fields.Diagnostics;
        var node = fields.Value("authors");
        switch (node)
        {
            case null or ScalarNode { IsNull: true }:
                diagnostics.Warning(node?.Location ?? fields.Node.Location, DiagnosticCodes.NoAuthors,
                    "no 'authors' given; the paper's pages and citations will list no authors");
                return AuthorList.None;
            case SequenceNode { Items.Length: 0 }:
                diagnostics.Error(node.Location, DiagnosticCodes.EmptyValue,
                    "'authors' is an empty list; list the authors, or leave the key out when they are unknown");
                return AuthorList.None;
            case not SequenceNode:
                diagnostics.Error(node.Location, DiagnosticCodes.WrongType, $"'authors' must be a list, such as [a, b], not {node.KindName}");
                return AuthorList.None;
        }

        var items = ((SequenceNode)node).Items;
        var authors = ImmutableArray.CreateBuilder<Author>(items.Length);
        var incomplete = false;
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            if (item is ScalarNode { IsNull: false } scalar && fields.ItemText("authors", scalar, MaxNameLength) is { } name)
            {
                if (name == AuthorList.OthersMarker && i == items.Length - 1 && i > 0)
                {
                    incomplete = true;
                }
                else if (EtAlSpellings.Contains(name))
                {
                    diagnostics.Error(item.Location, DiagnosticCodes.AuthorsMarker, MarkerMessage(name, i, items.Length));
                }
                else
                {
                    authors.Add(new Author(name));
                }
            }
            else if (item is MappingNode mapping)
            {
                if (ReadMapping(mapping, diagnostics) is { } author)
                {
                    authors.Add(author);
                }
            }
            else if (item is not ScalarNode { IsNull: false })
            {
                diagnostics.Error(item.Location, DiagnosticCodes.InvalidAuthor,
                    $"each author must be a name or a mapping such as {{ name: Ada Lovelace, orcid: 0000-0002-1825-0097 }}, not {item.KindName}");
            }
        }

        return new AuthorList(authors.ToImmutable(), incomplete);
    }

    /// <summary>Whether a name written plainly in the list would be read as the "others" marker or refused as a spelling of "et al.".</summary>
    public static bool IsMarkerSpelling(string name) => EtAlSpellings.Contains(name.Trim());

    private static string MarkerMessage(string written, int index, int count)
    {
        if (written == AuthorList.OthersMarker)
        {
            return count == 1
                ? "'others' alone says nothing about the authors; list the known authors before it, or leave 'authors' out when none is known"
                : $"'others' marks an incomplete author list and can only be its last item (it is item {index + 1} of {count})";
        }

        return $"'{written}' is not an author's name; to say that the list is incomplete, end it with the item 'others' (as BibTeX's 'and others'), or write {{ name: \"{written}\" }} if it really is a name";
    }

    private static Author? ReadMapping(MappingNode mapping, DiagnosticBag diagnostics)
    {
        var fields = new FieldReader(mapping, diagnostics, DiagnosticCodes.InvalidAuthor);
        fields.RejectUnknownKeys(Keys, "an author (use name, orcid, url or id)");
        if (fields.Value("name") is null or ScalarNode { IsNull: true })
        {
            diagnostics.Error(fields.Value("name")?.Location ?? mapping.Location, DiagnosticCodes.InvalidAuthor,
                "an author written as a mapping needs a 'name'");
        }

        var name = fields.Text("name", maxLength: MaxNameLength);
        var orcid = ReadOrcid(fields);
        var url = PaperParser.Url(fields, "url");
        var id = fields.Text("id", maxLength: 60);
        if (id is not null && !Identifiers.IsTagSlug(id))
        {
            fields.Error(fields.LocationOf("id"),
                $"'{FieldReader.Shorten(id)}' is not an author key; an author's id is their key in authors.yml, such as ada-lovelace", DiagnosticCodes.InvalidAuthor);
            id = null;
        }

        return name is null ? null : new Author(name, orcid, url) { Id = id };
    }

    internal static string? ReadOrcid(FieldReader fields)
    {
        var text = fields.Text("orcid", maxLength: 60);
        if (text is null)
        {
            return null;
        }

        var orcid = Identifiers.NormaliseOrcid(text);
        if (orcid is null)
        {
            fields.Error(fields.LocationOf("orcid"),
                $"'{FieldReader.Shorten(text)}' is not an ORCID iD; an ORCID iD is four groups of four digits, the last character a check digit or X, such as 0000-0002-1825-0097 (https://orcid.org/0000-0002-1825-0097 is accepted too); check it for a typo",
                DiagnosticCodes.InvalidOrcid);
        }

        return orcid;
    }
}
