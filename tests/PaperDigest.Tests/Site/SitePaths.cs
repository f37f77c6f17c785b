namespace PaperDigest.Tests.Site;

/// <summary>Site paths (<c>/papers/x/</c>) and the output files they are served from (<c>papers/x/index.html</c>).</summary>
internal static class SitePaths
{
    public static string ToFile(string sitePath)
    {
        var relative = Uri.UnescapeDataString(sitePath).TrimStart('/');
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }

    public static string FromFile(string relativeFile)
    {
        var path = "/" + relativeFile.Replace('\\', '/');
        return path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
    }

    private static readonly Uri Origin = new("https://site.invalid/");

    /// <summary>
    /// The site path a link on the page at <paramref name="pagePath"/> leads to, without query or fragment; null for
    /// links that leave the site (other hosts, mailto:). Absolute links to the digest's own base URL count as internal.
    /// </summary>
    public static string? Internal(string baseUrl, string pagePath, string href)
    {
        if (!Uri.TryCreate(new Uri(Origin, pagePath), href.Trim(), out var target))
        {
            return href;
        }

        if (target.Scheme is not ("http" or "https"))
        {
            return null;
        }

        if (target.Host == Origin.Host)
        {
            return target.AbsolutePath;
        }

        var site = new Uri(baseUrl.TrimEnd('/') + "/");
        return target.Host == site.Host && target.AbsolutePath.StartsWith(site.AbsolutePath, StringComparison.Ordinal)
            ? "/" + target.AbsolutePath[site.AbsolutePath.Length..]
            : null;
    }
}
