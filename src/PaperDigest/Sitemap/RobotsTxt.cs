using PaperDigest.Emitting;

namespace PaperDigest.Sitemap;

/// <summary><c>/robots.txt</c>: everything may be crawled; the sitemap is named.</summary>
internal sealed class RobotsTxt : IEmitter
{
    public SiteFacts Adds => SiteFacts.None;

    public SiteFacts Reads => SiteFacts.None;

    public EmitCount Emit(EmitContext context)
    {
        context.Output.Text("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {context.Model.Site.AbsoluteUrl("/sitemap.xml")}\n");
        return default;
    }
}
