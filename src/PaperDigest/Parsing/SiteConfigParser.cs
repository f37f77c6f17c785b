using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Reading;
using PaperDigest.Yaml;

namespace PaperDigest.Parsing;

/// <summary>Reads <c>site.yml</c>.</summary>
internal static partial class SiteConfigParser
{
    // Generated at compile time, like every pattern of PaperDigest: a pattern built at run time costs a build its parsing and set-up.
    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial System.Text.RegularExpressions.Regex LanguageTag();

    public static readonly IReadOnlyList<string> Keys =
        ["title", "description", "base_url", "language", "timezone", "page_size", "feed_items", "editors", "allow_html", "paper_social_cards"];

    public static SiteConfig? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.Items.Count(d => d.IsError);
        var mapping = MappingDocument.Read(file.Text, file.Path, 1, diagnostics, DiagnosticCodes.SiteConfigInvalid,
            "site.yml must be key: value pairs, with at least title and base_url");
        if (mapping is null)
        {
            return null;
        }

        var fields = new FieldReader(mapping, diagnostics, DiagnosticCodes.SiteConfigInvalid);
        fields.RejectUnknownKeys(Keys.ToHashSet(), "site.yml");
        var title = fields.Text("title", required: true, maxLength: 200);
        var description = fields.Text("description", maxLength: 1000) ?? "";
        var baseUrl = ReadBaseUrl(fields);
        var language = fields.Text("language", maxLength: 35) ?? "en";
        if (!LanguageTag().IsMatch(language))
        {
            fields.Error(fields.LocationOf("language"), $"language '{FieldReader.Shorten(language)}' is not a language tag such as en or en-GB");
        }

        var timeZone = ReadTimeZone(fields);
        var pageSize = fields.Number("page_size", 1, 1000) ?? 10;
        var feedItems = fields.Number("feed_items", 1, 100_000) ?? 20;
        var editors = fields.List("editors", maxLength: 200);
        var allowHtml = fields.Flag("allow_html") ?? false;
        var paperSocialCards = fields.Flag("paper_social_cards") ?? false;

        if (diagnostics.Items.Count(d => d.IsError) > errorsBefore || title is null || baseUrl is null || timeZone is null)
        {
            return null;
        }

        return new SiteConfig(title, description, baseUrl, language, timeZone, pageSize, feedItems, [.. editors.Select(e => e.Text)])
        {
            AllowHtml = allowHtml,
            PaperSocialCards = paperSocialCards,
        };
    }

    private static Uri? ReadBaseUrl(FieldReader fields)
    {
        var text = fields.Text("base_url", required: true, maxLength: 500);
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            fields.Error(fields.LocationOf("base_url"), $"base_url must be an absolute http:// or https:// URL such as https://example.org/, not '{FieldReader.Shorten(text)}'");
            return null;
        }

        return uri;
    }

    private static TimeZoneInfo? ReadTimeZone(FieldReader fields)
    {
        var name = fields.Text("timezone", maxLength: 100);
        if (name is null)
        {
            // Absent or written without a value ("timezone:"): UTC. Anything else has been reported.
            return fields.Value("timezone") is null or ScalarNode { IsNull: true } ? TimeZoneInfo.Utc : null;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone))
        {
            return zone;
        }

        fields.Error(fields.LocationOf("timezone"), $"unknown time zone '{FieldReader.Shorten(name)}'; use an IANA name such as Europe/Berlin or UTC");
        return null;
    }

    /// <summary>Settings overridden on the command line, such as <c>--base-url</c>.</summary>
    public static Uri? ParseBaseUrlOverride(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;
}
