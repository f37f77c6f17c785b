using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace PaperDigest.Hosting;

/// <summary>
/// The Content-Security-Policy the site satisfies: scripts, styles, fonts and data only from the site itself,
/// images also from https hosts (write-ups may show figures), no frames, no plugins, and inline style
/// attributes allowed only by the hash of each exact value PaperDigest wrote (the e-mail editions need them).
/// </summary>
internal static partial class ContentSecurityPolicy
{
    /// <summary>The values of every <c>style="…"</c> attribute in <paramref name="html"/>, decoded as a browser would.</summary>
    public static IEnumerable<string> InlineStyles(string html) =>
        StyleAttribute().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["value"].Value));

    [GeneratedRegex("\\sstyle=\"(?<value>[^\"]*)\"", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StyleAttribute();

    public static string Build(IEnumerable<string> inlineStyles)
    {
        var hashes = inlineStyles
            .Select(style => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)))}'")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var styleSources = hashes.Count == 0 ? "'self'" : "'self' 'unsafe-hashes' " + string.Join(' ', hashes);
        return string.Join("; ",
            "default-src 'none'",
            "script-src 'self'",
            $"style-src {styleSources}",
            "img-src 'self' https: data:",
            "font-src 'self'",
            "connect-src 'self'",
            "manifest-src 'self'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'");
    }
}
