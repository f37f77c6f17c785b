using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Yaml;

namespace PaperDigest.Parsing;

/// <summary>
/// Reads an entry's <c>venue</c>: a plain string (<c>ICLR 2024</c>), the venue's name, whose kind and year are inferred
/// only where certain (<see cref="VenueShorthand"/>), or a mapping with <c>name</c> (required), <c>kind</c>,
/// <c>volume</c>, <c>issue</c>, <c>pages</c>, <c>year</c>, <c>publisher</c>, <c>url</c>.
/// </summary>
internal static class VenueParser
{
    public const int MaxNameLength = 300;

    public static Venue? Read(FieldReader fields)
    {
        var node = fields.Value("venue");
        if (node is not MappingNode mapping)
        {
            if (node is SequenceNode)
            {
                fields.Error(node.Location, $"'venue' must be text or a mapping with {string.Join(", ", Venue.Keys)}, not {node.KindName}",
                    DiagnosticCodes.WrongType);
                return null;
            }

            return fields.Text("venue", maxLength: MaxNameLength) is { } text ? VenueShorthand.Read(text) : null;
        }

        var diagnostics = fields.Diagnostics;
        var venue = new FieldReader(mapping, diagnostics, DiagnosticCodes.InvalidVenue);
        venue.RejectUnknownKeys(Venue.Keys, $"'venue' (use {string.Join(", ", Venue.Keys)})");
        if (venue.Value("name") is null or ScalarNode { IsNull: true })
        {
            diagnostics.Error(venue.Value("name")?.Location ?? mapping.Location, DiagnosticCodes.InvalidVenue,
                "'venue' written as a mapping needs a 'name', such as name: Nature");
        }

        var name = venue.Text("name", maxLength: MaxNameLength);
        var kind = ReadKind(venue);
        var volume = venue.Text("volume", maxLength: 40);
        var issue = venue.Text("issue", maxLength: 40);
        var pages = venue.Text("pages", maxLength: 40) is { } written ? Venue.NormalisePages(written) : null;
        var year = venue.Number("year", 1000, 2999);
        var publisher = venue.Text("publisher", maxLength: MaxNameLength);
        var url = PaperParser.Url(venue, "url");
        return name is null ? null : new Venue(name, kind, volume, issue, pages, year, publisher, url);
    }

    private static VenueKind? ReadKind(FieldReader venue)
    {
        var text = venue.Text("kind", maxLength: 40);
        if (text is null)
        {
            return null;
        }

        var kind = Venue.ParseKind(text);
        if (kind is null)
        {
            venue.Error(venue.LocationOf("kind"),
                $"unknown venue kind '{FieldReader.Shorten(text)}'{Suggestions.Hint(text, Venue.KindNames)}; use one of {string.Join(", ", Venue.KindNames)}");
        }

        return kind;
    }
}
