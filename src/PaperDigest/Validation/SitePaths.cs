using PaperDigest.Feeds;
using PaperDigest.Indexing;
using PaperDigest.Newsletter;
using PaperDigest.Pages;

namespace PaperDigest.Validation;

/// <summary>
/// The site paths a build of a model will write, worked out without writing them, so <c>check</c> can tell
/// whether a link in a write-up points somewhere. Theme assets (<c>/assets/…</c>) are taken on trust.
/// </summary>
internal static class SitePaths
{
    private static readonly string[] FixedPaths =
    [
        "/", "/tags/", "/archive/", "/feeds/", FeedPaths.Opml, "/sitemap.xml", "/robots.txt", "/404.html", "/_redirects", "/search/",
    ];

    public static HashSet<string> Of(SiteModel model, IEnumerable<string> staticFiles)
    {
        var paths = new HashSet<string>(FixedPaths, StringComparer.Ordinal);
        foreach (var format in FeedPaths.Formats)
        {
            paths.Add(FeedPaths.ForSite(format));
        }

        var homePages = Paginator.Days(model.Days, model.Site.PageSize).Count;
        for (var n = 2; n <= homePages; n++)
        {
            paths.Add(Paginator.PagePath("/", n));
        }

        foreach (var rendered in model.Papers)
        {
            var paper = rendered.Paper;
            paths.UnionWith([paper.Path, paper.Path + "cite.bib", paper.Path + "cite.ris", .. paper.Aliases]);
        }

        foreach (var listing in model.Tags)
        {
            paths.Add(listing.Path);
            paths.UnionWith(FeedPaths.Formats.Select(f => FeedPaths.For(listing.Path, f)));
            var pages = Paginator.Chunks(listing.Papers, model.Site.PageSize).Count;
            for (var n = 2; n <= pages; n++)
            {
                paths.Add(Paginator.PagePath(listing.Path, n));
            }
        }

        paths.UnionWith(model.Days.Select(d => d.Path));
        paths.UnionWith(model.Months.Select(m => m.Path));
        foreach (var week in model.Weeks)
        {
            paths.UnionWith([week.Path, WeeklyNewsletter.HtmlPath(week), WeeklyNewsletter.TextPath(week)]);
        }

        paths.UnionWith(model.Pages.Select(p => p.Page.Path));
        paths.UnionWith(staticFiles.Select(f => "/" + f));
        return paths;
    }

    /// <summary>Whether a link's path is one of <paramref name="paths"/>, allowing <c>/x</c> for <c>/x/</c> and <c>/x/index.html</c>.</summary>
    public static bool Resolves(string path, IReadOnlySet<string> paths)
    {
        if (path.StartsWith("/assets/", StringComparison.Ordinal) || paths.Contains(path))
        {
            return true;
        }

        if (path.EndsWith("/index.html", StringComparison.Ordinal))
        {
            return paths.Contains(path[..^"index.html".Length]);
        }

        return !path.EndsWith('/') && paths.Contains(path + "/");
    }
}
