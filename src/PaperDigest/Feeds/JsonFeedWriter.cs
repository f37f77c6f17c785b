using System.Text.Encodings.Web;
using System.Text.Json;
using PaperDigest.Content;
using PaperDigest.Rendering;

namespace PaperDigest.Feeds;

/// <summary>
/// Writes a JSON Feed 1.1 (https://jsonfeed.org/version/1.1): the same channel and items as the RSS and Atom feeds,
/// with the stable item id, the digest day as date_published and date_modified, the tldr as summary, the whole
/// write-up (links made absolute) as content_html and the arXiv abstract page as external_url. Keys come in a fixed
/// order so rebuilds are byte-identical.
/// </summary>
internal static class JsonFeedWriter
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    /// <summary>
    /// Indented UTF-8 with '\n' line ends. Relaxed escaping keeps emoji and non-Latin text readable and leaves
    /// '&lt;', '&gt;' and '&amp;' as they are: the file is served as JSON, never embedded in HTML.
    /// </summary>
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="site">The digest's settings.</param>
    /// <param name="tags">Tag names, for item tags.</param>
    /// <param name="channel">The feed; only its first <c>feed_items</c> papers are written.</param>
    public static byte[] Write(SiteConfig site, TagRegistry tags, FeedChannel channel, FeedItemHtml? items = null)
    {
        return FeedBuffer.Stream(buffer =>
        {
            using var json = new Utf8JsonWriter(buffer, Options);
            json.WriteStartObject();
            String(json, "version", Version);
            String(json, "title", channel.Title);
            String(json, "home_page_url", site.AbsoluteUrl(channel.PagePath));
            String(json, "feed_url", site.AbsoluteUrl(channel.PathOf(FeedFormat.Json)));
            String(json, "description", string.IsNullOrEmpty(channel.Description) ? channel.Title : channel.Description);
            String(json, "language", site.Language);
            // Items without authors inherit the feed's, as in Atom.
            Authors(json, [(site.Title, null)]);
            json.WriteStartArray("items");
            foreach (var rendered in channel.Items(site.FeedItems))
            {
                WriteItem(json, site, tags, rendered, channel.SummaryOnly, items);
                // The writer keeps what it writes until flushed: item by item, its buffer stays one item long.
                json.Flush();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteItem(Utf8JsonWriter json, SiteConfig site, TagRegistry tags, RenderedPaper rendered, bool summaryOnly, FeedItemHtml? items)
    {
        var paper = rendered.Paper;
        var day = FeedDates.Rfc3339(FeedDates.StartOfDay(paper.Date, site.TimeZone));
        json.WriteStartObject();
        String(json, "id", FeedItemId.Of(paper, site.AbsoluteUrl));
        String(json, "url", site.AbsoluteUrl(paper.Path));
        if (paper.ArxivAbsUrl is { } arxiv)
        {
            String(json, "external_url", arxiv);
        }

        String(json, "title", paper.Title);
        String(json, "summary", rendered.Summary);
        String(json, "content_html", FeedContent.Html(site, rendered, summaryOnly, items));
        String(json, "date_published", day);
        String(json, "date_modified", day);
        if (!paper.Authors.IsEmpty)
        {
            Authors(json, FeedAuthors.People(paper.Authors));
        }

        json.WriteStartArray("tags");
        foreach (var (_, name) in FeedTags.Of(paper, tags))
        {
            json.WriteStringValue(JsonSafeText.Clean(name));
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Authors(Utf8JsonWriter json, IEnumerable<(string Name, string? Url)> people)
    {
        json.WriteStartArray("authors");
        foreach (var (name, url) in people)
        {
            json.WriteStartObject();
            String(json, "name", name);
            if (url is not null)
            {
                String(json, "url", url);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void String(Utf8JsonWriter json, string name, string value) => json.WriteString(name, JsonSafeText.Clean(value));
}
