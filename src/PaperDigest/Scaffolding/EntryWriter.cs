using System.Globalization;
using System.Text;
using PaperDigest.Content;
using PaperDigest.Parsing;

namespace PaperDigest.Scaffolding;

/// <summary>
/// Writes a <see cref="NewEntry"/> as entry text in the style of the sample digest: front matter keys in the
/// README's order, with the slug written out, marked <c>draft: true</c>, then a placeholder the editor replaces with the write-up. A draft is
/// never published, and a published entry that still holds the placeholder is an error, so the placeholder can
/// never reach the site. The text always parses with <see cref="Parsing.PaperParser"/> when the entry's values are valid.
/// </summary>
internal static class EntryWriter
{
    /// <summary>How every placeholder summary begins; <c>check</c> looks for it.</summary>
    public const string PlaceholderMarker = "Replace this paragraph";

    /// <summary>
    /// The body of a new entry. Summaries are the editors' own words, so nothing is copied from an abstract.
    /// </summary>
    public const string PlaceholderSummary =
        PlaceholderMarker + " with the editor's summary: why this paper matters and what it adds, in our own words. "
        + "Do not paste the abstract.";

    /// <summary>True while an entry's write-up still holds the placeholder (or a piece of it left behind).</summary>
    public static bool IsPlaceholder(string body) => body.Contains(PlaceholderMarker, StringComparison.Ordinal);

    public static string Write(NewEntry entry)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        Line(text, "title", YamlScalar.Quoted(entry.Title));
        if (!entry.Authors.IsEmpty)
        {
            IEnumerable<string> items = entry.Authors.Select(AuthorItem);
            Line(text, "authors", "[" + string.Join(", ", entry.Authors.Incomplete ? items.Append(AuthorList.OthersMarker) : items) + "]");
        }

        Line(text, "date", Iso(entry.Date));
        Line(text, "tags", "[" + string.Join(", ", entry.Tags.Select(YamlScalar.FlowItem)) + "]");
        if (entry.Arxiv is not null)
        {
            Line(text, "arxiv", YamlScalar.Quoted(entry.Arxiv));
        }

        if (entry.Doi is not null)
        {
            Line(text, "doi", YamlScalar.BlockValue(entry.Doi));
        }

        if (entry.Published is { } published)
        {
            Line(text, "published", Iso(published));
        }

        if (entry.Updated is { } updated)
        {
            Line(text, "updated", Iso(updated));
        }

        if (entry.Venue is not null)
        {
            WriteVenue(text, entry.Venue);
        }

        if (entry.Tldr is not null)
        {
            Line(text, "tldr", YamlScalar.Quoted(entry.Tldr));
        }

        if (entry.Code is not null || entry.Pdf is not null)
        {
            text.Append("links:\n");
            if (entry.Code is not null)
            {
                Line(text, "  code", YamlScalar.BlockValue(entry.Code.AbsoluteUri));
            }

            if (entry.Pdf is not null)
            {
                Line(text, "  pdf", YamlScalar.BlockValue(entry.Pdf.AbsoluteUri));
            }
        }

        // Written out, so the page's address and feed id stay put when an arXiv id is added or the title edited.
        Line(text, "slug", YamlScalar.Quoted(entry.Slug));

        // Until the editor has written the summary and removed this line, the entry stays out of the site.
        Line(text, "draft", "true");
        text.Append("---\n");
        text.Append(PlaceholderSummary).Append('\n');
        return text.ToString();
    }

    /// <summary>
    /// An author as an item of the flow list: the name, or a mapping when there are identifiers to keep or the name is
    /// one the parser would take for the "others" marker (or refuse as "et al.").
    /// </summary>
    private static string AuthorItem(Author author)
    {
        if (!author.HasIdentifiers && !AuthorParser.IsMarkerSpelling(author.Name))
        {
            return YamlScalar.FlowItem(author.Name);
        }

        var item = new StringBuilder("{ name: ").Append(YamlScalar.Quoted(author.Name));
        if (author.Id is not null)
        {
            item.Append(", id: ").Append(author.Id);
        }

        if (author.Orcid is not null)
        {
            item.Append(", orcid: ").Append(author.Orcid);
        }

        if (author.Url is not null)
        {
            item.Append(", url: ").Append(YamlScalar.Quoted(author.Url.AbsoluteUri));
        }

        return item.Append(" }").ToString();
    }

    /// <summary>A venue with only a name as the plain string; else as a mapping of what is known.</summary>
    private static void WriteVenue(StringBuilder text, Venue venue)
    {
        if (venue.IsNameOnly)
        {
            Line(text, "venue", YamlScalar.Quoted(venue.Name));
            return;
        }

        text.Append("venue:\n");
        Line(text, "  name", YamlScalar.Quoted(venue.Name));
        if (venue.Kind is { } kind)
        {
            Line(text, "  kind", Venue.KindName(kind));
        }

        foreach (var (key, value) in new[] { ("volume", venue.Volume), ("issue", venue.Issue), ("pages", venue.Pages) })
        {
            if (value is not null)
            {
                Line(text, "  " + key, YamlScalar.Quoted(value));
            }
        }

        if (venue.Year is { } year)
        {
            Line(text, "  year", year.ToString(CultureInfo.InvariantCulture));
        }

        if (venue.Publisher is not null)
        {
            Line(text, "  publisher", YamlScalar.Quoted(venue.Publisher));
        }

        if (venue.Url is not null)
        {
            Line(text, "  url", YamlScalar.BlockValue(venue.Url.AbsoluteUri));
        }
    }

    private static void Line(StringBuilder text, string key, string value) => text.Append(key).Append(": ").Append(value).Append('\n');

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
