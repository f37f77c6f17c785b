using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PaperDigest.Content;

namespace PaperDigest.Citations;

/// <summary>
/// A paper as schema.org <c>ScholarlyArticle</c> JSON-LD, ready to go between
/// <c>&lt;script type="application/ld+json"&gt;</c> and <c>&lt;/script&gt;</c> unescaped: the text is pure ASCII,
/// with <c>&lt; &gt; &amp;</c>, U+2028, U+2029 and everything else outside Basic Latin written as <c>\uXXXX</c>,
/// so no value can close the script element or break a JavaScript parser. Keys come in a fixed order. Each known
/// author is a Person (with the ORCID iD as <c>identifier</c> and, with the homepage, in <c>sameAs</c>); an
/// incomplete list gives its known authors only, as schema.org has no "et al.".
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
    public static string Write(Paper paper, SiteConfig site, string description, IReadOnlyList<string> keywords)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "ScholarlyArticle");
            json.WriteString("@id", site.AbsoluteUrl(paper.Path));
            json.WriteString("headline", paper.Title);
            json.WriteString("name", paper.Title);
            if (!paper.Authors.IsEmpty)
            {
                WriteAuthors(json, paper);
            }

            json.WriteString("datePublished", CitationDates.PublicationDate(paper, '-'));
            json.WriteString("url", site.AbsoluteUrl(paper.Path));
            WriteSameAs(json, paper);
            WriteIdentifiers(json, paper);
            if (paper.Venue is not null)
            {
                json.WriteStartObject("isPartOf");
                json.WriteString("@type", "Periodical");
                json.WriteString("name", paper.Venue.Name);
                json.WriteEndObject();
            }

            if (keywords.Count > 0)
            {
                json.WriteStartArray("keywords");
                foreach (var keyword in keywords)
                {
                    json.WriteStringValue(keyword);
                }

                json.WriteEndArray();
            }

            if (description.Length > 0)
            {
                json.WriteString("description", description);
            }

            json.WriteString("inLanguage", site.Language);
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

    private static void WriteAuthors(Utf8JsonWriter json, Paper paper)
    {
        json.WriteStartArray("author");
        foreach (var author in paper.Authors)
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

    private static void WriteSameAs(Utf8JsonWriter json, Paper paper)
    {
        if (paper.Arxiv is null && paper.Doi is null)
        {
            return;
        }

        json.WriteStartArray("sameAs");
        if (paper.Arxiv is not null)
        {
            json.WriteStringValue(ArxivId.AbsUrl(paper.Arxiv));
        }

        if (paper.Doi is not null)
        {
            json.WriteStringValue(DoiLink.Url(paper.Doi));
        }

        json.WriteEndArray();
    }

    private static void WriteIdentifiers(Utf8JsonWriter json, Paper paper)
    {
        if (paper.Arxiv is null && paper.Doi is null)
        {
            return;
        }

        json.WriteStartArray("identifier");
        if (paper.Arxiv is not null)
        {
            WritePropertyValue(json, "arXiv", ArxivId.Bare(paper.Arxiv));
        }

        if (paper.Doi is not null)
        {
            WritePropertyValue(json, "DOI", paper.Doi);
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
