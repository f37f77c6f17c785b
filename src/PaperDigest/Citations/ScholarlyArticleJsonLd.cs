using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PaperDigest.Content;

namespace PaperDigest.Citations;

/// <summary>
/// A paper as schema.org <c>ScholarlyArticle</c> JSON-LD, from its <see cref="Citation"/>, ready to go between
/// <c>&lt;script type="application/ld+json"&gt;</c> and <c>&lt;/script&gt;</c> unescaped: the text is pure ASCII,
/// with <c>&lt; &gt; &amp;</c>, U+2028, U+2029 and everything else outside Basic Latin written as <c>\uXXXX</c>,
/// so no value can close the script element or break a JavaScript parser. Keys come in a fixed order. Each known
/// author is a Person (with the ORCID iD as <c>identifier</c> and, with the homepage, in <c>sameAs</c>); an
/// incomplete list gives its known authors only, as schema.org has no "et al.".
/// <para>
/// The article is the paper; the digest's page about it is its <c>mainEntityOfPage</c>, a WebPage that carries the
/// page's description (the editor's summary, which is not the paper's abstract) and language. <c>isPartOf</c> is the
/// journal (as PublicationIssue, PublicationVolume and Periodical, as far as they are known), the conference or
/// workshop (an Event), or the book; a thesis's university is its <c>sourceOrganization</c>, a preprint's server its
/// <c>publisher</c>; <c>datePublished</c> and <c>dateModified</c> are written only when known.
/// </para>
/// </summary>
internal static class ScholarlyArticleJsonLd
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Basic Latin only, and HTML-sensitive characters escaped even there.
        Encoder = JavaScriptEncoder.Default,
        Indented = false,
    };

    /// <param name="paper">The paper.</param>
    /// <param name="site">The digest, for the page URL and language.</param>
    /// <param name="description">The page's description (the tldr or an excerpt).</param>
    /// <param name="keywords">The paper's tag names.</param>
    /// <param name="image">The paper's own image (its first figure, or its own social card), or null.</param>
    public static string Write(Paper paper, SiteConfig site, string description, IReadOnlyList<string> keywords, Uri? image = null) =>
        Write(Citation.For(paper, site, keywords) with { Image = image }, description);

    /// <param name="citation">The paper.</param>
    /// <param name="description">The page's description (the tldr or an excerpt).</param>
    public static string Write(Citation citation, string description)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "ScholarlyArticle");
            json.WriteString("@id", citation.PageUrl + "#paper");
            WritePage(json, citation, description);
            json.WriteString("headline", citation.Title);
            json.WriteString("name", citation.Title);
            if (!citation.Authors.IsEmpty)
            {
                WriteAuthors(json, citation.Authors);
            }

            Optional(json, "datePublished", citation.Issued?.Iso);
            Optional(json, "dateModified", citation.Modified is { } modified ? CitationDate.Of(modified).Iso : null);
            json.WriteString("url", citation.Link);
            WriteSameAs(json, citation);
            WriteIdentifiers(json, citation);
            WriteVenue(json, citation);
            Organization(json, "publisher", citation.Publisher ?? citation.Repository);
            // A thesis is written at its university.
            Organization(json, "sourceOrganization", citation.Kind is CitationKind.Thesis ? citation.Venue : null);

            Optional(json, "image", citation.Image?.AbsoluteUri);
            if (citation.Keywords.Count > 0)
            {
                json.WriteStartArray("keywords");
                foreach (var keyword in citation.Keywords)
                {
                    json.WriteStringValue(keyword);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        var text = Encoding.UTF8.GetString(buffer.ToArray());
        // The encoder guarantees this; the page's safety rests on it, so it is checked rather than assumed.
        if (text.AsSpan().IndexOfAny("<>&\u2028\u2029") >= 0)
        {
            throw new InvalidOperationException("JSON-LD was not escaped for a <script> element.");
        }

        return text;
    }

    /// <summary>The digest's page about the paper: its address, its description and its language.</summary>
    private static void WritePage(Utf8JsonWriter json, Citation citation, string description)
    {
        json.WriteStartObject("mainEntityOfPage");
        json.WriteString("@type", "WebPage");
        json.WriteString("@id", citation.PageUrl);
        json.WriteString("url", citation.PageUrl);
        Optional(json, "description", CitationText.Flatten(description));
        json.WriteString("inLanguage", citation.Language);
        json.WriteEndObject();
    }

    /// <summary>Where the paper appeared, and its pages: a journal's issue, volume and name nested as far as they are known, an event, a book.</summary>
    private static void WriteVenue(Utf8JsonWriter json, Citation citation)
    {
        if (citation.Venue is not null && citation.Kind is not (CitationKind.Preprint or CitationKind.Thesis))
        {
            json.WriteStartObject("isPartOf");
            switch (citation.Kind)
            {
                case CitationKind.Article:
                    var nested = 0;
                    if (citation.Issue is not null)
                    {
                        json.WriteString("@type", "PublicationIssue");
                        json.WriteString("issueNumber", citation.Issue);
                        json.WriteStartObject("isPartOf");
                        nested++;
                    }

                    if (citation.Volume is not null)
                    {
                        json.WriteString("@type", "PublicationVolume");
                        json.WriteString("volumeNumber", citation.Volume);
                        json.WriteStartObject("isPartOf");
                        nested++;
                    }

                    json.WriteString("@type", "Periodical");
                    json.WriteString("name", citation.Venue);
                    for (; nested > 0; nested--)
                    {
                        json.WriteEndObject();
                    }

                    break;
                case CitationKind.ProceedingsPaper:
                    json.WriteString("@type", "Event");
                    json.WriteString("name", citation.Venue);
                    break;
                case CitationKind.Chapter:
                    json.WriteString("@type", "Book");
                    json.WriteString("name", citation.Venue);
                    break;
                default:
                    json.WriteString("@type", "CreativeWork");
                    json.WriteString("name", citation.Venue);
                    break;
            }

            json.WriteEndObject();
        }

        if (citation.IsPublished && citation.FirstPage is not null)
        {
            json.WriteString("pageStart", citation.FirstPage);
            Optional(json, "pageEnd", citation.LastPage);
        }
    }

    private static void Organization(Utf8JsonWriter json, string property, string? name)
    {
        if (name is not null)
        {
            json.WriteStartObject(property);
            json.WriteString("@type", "Organization");
            json.WriteString("name", name);
            json.WriteEndObject();
        }
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteAuthors(Utf8JsonWriter json, AuthorList authors)
    {
        json.WriteStartArray("author");
        foreach (var author in authors)
        {
            var (given, family) = AuthorName.Split(author.Name);
            json.WriteStartObject();
            json.WriteString("@type", "Person");
            json.WriteString("name", AuthorName.FirstLast(author.Name));
            if (given.Length > 0)
            {
                json.WriteString("givenName", given);
            }

            json.WriteString("familyName", family);
            if (author.Orcid is not null)
            {
                json.WriteStartObject("identifier");
                json.WriteString("@type", "PropertyValue");
                json.WriteString("propertyID", "ORCID");
                json.WriteString("value", author.Orcid);
                json.WriteEndObject();
            }

            if (author.OrcidUrl is not null || author.Url is not null)
            {
                json.WriteStartArray("sameAs");
                foreach (var link in new[] { author.OrcidUrl, author.Url?.AbsoluteUri }.OfType<string>())
                {
                    json.WriteStringValue(link);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteSameAs(Utf8JsonWriter json, Citation citation)
    {
        if (citation.ArxivUrl is null && citation.DoiUrl is null)
        {
            return;
        }

        json.WriteStartArray("sameAs");
        if (citation.ArxivUrl is not null)
        {
            json.WriteStringValue(citation.ArxivUrl);
        }

        if (citation.DoiUrl is not null)
        {
            json.WriteStringValue(citation.DoiUrl);
        }

        json.WriteEndArray();
    }

    private static void WriteIdentifiers(Utf8JsonWriter json, Citation citation)
    {
        if (citation.Arxiv is null && citation.Doi is null)
        {
            return;
        }

        json.WriteStartArray("identifier");
        if (citation.Arxiv is not null)
        {
            WritePropertyValue(json, "arXiv", citation.Arxiv);
        }

        if (citation.Doi is not null)
        {
            WritePropertyValue(json, "DOI", citation.Doi);
        }

        json.WriteEndArray();
    }

    private static void WritePropertyValue(Utf8JsonWriter json, string property, string value)
    {
        json.WriteStartObject();
        json.WriteString("@type", "PropertyValue");
        json.WriteString("propertyID", property);
        json.WriteString("value", value);
        json.WriteEndObject();
    }
}
