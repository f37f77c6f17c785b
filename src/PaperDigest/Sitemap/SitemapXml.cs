using System.Globalization;
using System.Text;
using System.Xml;
using PaperDigest.Emitting;
using PaperDigest.Feeds;

namespace PaperDigest.Sitemap;

/// <summary>
/// <c>/sitemap.xml</c> listing every HTML page written or kept before it, sorted by path. Runs after the page emitters;
/// kept as it is while the pages and their dates are the same.
/// </summary>
internal sealed class SitemapXml : IEmitter
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public EmitCount Emit(EmitContext context)
    {
        var site = context.Model.Site;
        var pages = context.Output.Pages.OrderBy(p => p.SitePath, StringComparer.Ordinal).ToList();
        var key = context.Keys.For("sitemap");
        foreach (var page in pages)
        {
            key.Add(page.SitePath).Add(page.LastModified?.DayNumber ?? -1);
        }

        var fingerprint = key.Build();
        if (context.Output.Keep("sitemap.xml", fingerprint))
        {
            return default;
        }

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
        context.Output.WriteBytes("sitemap.xml", buffer.GetBuffer().AsSpan(0, (int)buffer.Length), fingerprint);
        return default;
    }
}
