using System.Text;
using PaperDigest.Rendering;

namespace PaperDigest.Feeds;

/// <summary>
/// Feed readers show content away from the site, so the URLs of a write-up relative to the site, which rendering noted
/// (<see cref="WriteUpHtml.Urls"/>), are made absolute: the origin before a path, the page's address before a fragment.
/// </summary>
internal static class AbsoluteUrls
{
    /// <param name="writeUp">The write-up, whose paths already include the site's base path.</param>
    /// <param name="origin">Scheme and host, such as <c>https://example.org</c>.</param>
    /// <param name="pageUrl">The absolute URL of the page the write-up belongs to, for fragment links.</param>
    public static string Make(WriteUpHtml writeUp, string origin, string pageUrl)
    {
        var html = writeUp.Read();
        var urls = writeUp.Urls;
        if (urls.Count == 0)
        {
            return html;
        }

        var absolute = new StringBuilder(html.Length + (urls.Count * pageUrl.Length));
        var copied = 0;
        for (var i = 0; i < urls.Count; i++)
        {
            var start = urls.Start(i);
            absolute.Append(html, copied, start - copied).Append(urls.IsFragment(i) ? pageUrl : origin);
            copied = start;
        }

        return absolute.Append(html, copied, html.Length - copied).ToString();
    }
}
