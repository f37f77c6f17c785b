using System.Text;
using PaperDigest.Emitting;

namespace PaperDigest.Hosting;

/// <summary>
/// <c>/_headers</c>, which Netlify (and Cloudflare Pages) read: security headers with a Content-Security-Policy
/// the site satisfies, and year-long caching for fingerprinted theme assets. Runs after every page is written,
/// as the policy lists the inline styles those pages use.
/// </summary>
internal sealed class NetlifyHeaders : IEmitter
{
    public SiteFacts Adds => SiteFacts.None;

    public SiteFacts Reads => SiteFacts.InlineStyles;

    public EmitCount Emit(EmitContext context)
    {
        var basePath = context.Model.Site.BasePath;
        var headers = new StringBuilder("# Written by PaperDigest; netlify.toml adds nothing that conflicts.\n");
        headers.Append(basePath).Append("*\n");
        headers.Append("  Content-Security-Policy: ").Append(ContentSecurityPolicy.Build(context.Output.InlineStyles)).Append('\n');
        headers.Append("  X-Content-Type-Options: nosniff\n");
        headers.Append("  Referrer-Policy: strict-origin-when-cross-origin\n");
        headers.Append("  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()\n");
        headers.Append("  X-Frame-Options: DENY\n");
        headers.Append(basePath).Append("assets/*\n");
        headers.Append("  Cache-Control: public, max-age=31536000, immutable\n");
        // Search index files carry a content hash in their names; only meta.json (which names them) changes in place.
        foreach (var prefix in new[] { "terms-", "docs-", "dir-" })
        {
            headers.Append(basePath).Append("search/").Append(prefix).Append("*\n");
            headers.Append("  Cache-Control: public, max-age=31536000, immutable\n");
        }
        // Figures' files and social cards carry a hash of what they are made from in their names.
        foreach (var path in new[] { "papers/:slug/figures/*", "social/*" })
        {
            headers.Append(basePath).Append(path).Append('\n');
            headers.Append("  Cache-Control: public, max-age=31536000, immutable\n");
        }

        context.Output.Text("_headers", headers.ToString());
        return default;
    }
}
