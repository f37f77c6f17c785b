using System.Globalization;
using System.Text;
using System.Xml;
using PaperDigest.Content;
using PaperDigest.Emitting;
using PaperDigest.Feeds;
using PaperDigest.Writing;

namespace PaperDigest.Sitemap;

/// <summary>
/// <c>/sitemap.xml</c> listing every HTML page written or kept before it, sorted by path. Runs after the page emitters;
/// kept as it is while the pages and their dates are the same.
/// </summary>
internal sealed class SitemapXml : IEmitter
{
    public SiteFacts Adds => SiteFacts.None;

    public SiteFacts Reads => SiteFacts.Pages;

    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public EmitCount Emit(EmitContext context)
    {
        var pages = context.Output.Pages.OrderBy(p => p.SitePath, StringComparer.Ordinal).ToList();
        context.Output.Bytes("sitemap.xml", (context.Model.Site, pages), static x => Write(x.Site, x.pages));
        return default;
    }

    private static byte[] Write(SiteConfig site, IReadOnlyList<SitemapEntry> pages)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Ns);
            foreach (var page in pages)
            {
                xml.WriteStartElement("url", Ns);
                xml.WriteElementString("loc", Ns, XmlSafeText.Clean(site.AbsoluteUrl(page.SitePath)));
                if (page.LastModified is { } date)
                {
                    xml.WriteElementString("lastmod", Ns, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
