using System.Text;
using PaperDigest.Emitting;
using PaperDigest.Rendering;

namespace PaperDigest.Redirects;

/// <summary>
/// Keeps old addresses working after a paper's slug changes: each alias in an entry gets a Netlify
/// <c>_redirects</c> rule (a real 301 on Netlify) and a small page at the old path that sends browsers and
/// crawlers on (meta refresh and canonical link) for hosts without redirect rules.
/// </summary>
internal sealed class RedirectPages : IEmitter
{
    public SiteFacts Adds => SiteFacts.None;

    public SiteFacts Reads => SiteFacts.None;

    public EmitCount Emit(EmitContext context)
    {
        var site = context.Model.Site;
        var rules = new StringBuilder("# Written by PaperDigest from the entries' aliases: old path, new path, status.\n");
        var pages = 0;
        // Most papers have no alias: a plain loop skips them without making an iterator for each.
        var aliases = new List<(string Alias, Content.Paper Paper)>();
        foreach (var rendered in context.Model.Papers)
        {
            foreach (var alias in rendered.Paper.Aliases)
            {
                aliases.Add((alias, rendered.Paper));
            }
        }

        foreach (var (alias, paper) in aliases.OrderBy(a => a.Alias, StringComparer.Ordinal))
        {
            var target = site.Link(paper.Path);
            rules.Append(site.Link(alias)).Append(' ').Append(target).Append(" 301\n");
            var absolute = HtmlText.Escape(site.AbsoluteUrl(paper.Path));
            var title = HtmlText.Escape(paper.Title);
            var html = $"""
                <!DOCTYPE html>
                <html lang="{HtmlText.Escape(site.Language)}">
                <head>
                <meta charset="utf-8">
                <title>Moved: {title}</title>
                <link rel="canonical" href="{absolute}">
                <meta name="robots" content="noindex">
                <meta http-equiv="refresh" content="0; url={absolute}">
                </head>
                <body>
                <p>This page has moved to <a href="{absolute}">{title}</a>.</p>
                </body>
                </html>

                """;
            context.Output.PageHtml(alias.EndsWith('/') || !Path.HasExtension(alias) ? alias.TrimEnd('/') + "/" : alias, html, inSitemap: false);
            pages++;
        }

        context.Output.Text("_redirects", rules.ToString());
        return new EmitCount(pages, 0);
    }
}
