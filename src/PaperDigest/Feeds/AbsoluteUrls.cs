using System.Text.RegularExpressions;

namespace PaperDigest.Feeds;

/// <summary>Feed readers show content away from the site, so site-relative links in it are made absolute.</summary>
internal static partial class AbsoluteUrls
{
    [GeneratedRegex("(?<attr>\\s(?:href|src))=\"(?<url>/(?!/)[^\"]*|#[^\"]*)\"")]
    private static partial Regex RootRelative();

    /// <param name="html">HTML whose links start with '/' (already including the site's base path) or '#'.</param>
    /// <param name="origin">Scheme and host, such as <c>https://example.org</c>.</param>
    /// <param name="pageUrl">The absolute URL of the page the HTML belongs to, for fragment links.</param>
    public static string Make(string html, string origin, string pageUrl) =>
        RootRelative().Replace(html, m =>
        {
            var url = m.Groups["url"].Value;
            var absolute = url.StartsWith('#') ? pageUrl + url : origin + url;
            return $"{m.Groups["attr"].Value}=\"{absolute}\"";
        });
}
