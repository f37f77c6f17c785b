namespace PaperDigest.Rendering.Links;

/// <summary>
/// The one rule for every URL a write-up or page puts on the site or in a feed: <c>http</c>, <c>https</c>,
/// <c>mailto</c> and relative URLs (paths, <c>#fragments</c>, <c>?queries</c>, <c>//host</c>) pass; any other scheme is
/// <see cref="LinkKind.Unsafe"/>. The URL is read the way browsers read an <c>href</c> (WHATWG URL), only stricter:
/// whitespace, control and invisible format characters are ignored wherever they stand before the first ':', case is
/// folded, and a '\' counts as a '/'. Whatever comes before a ':' that precedes every '/', '\', '?' and '#' is a scheme,
/// even one no browser would accept (<c>java script:</c>, <c>java%73cript:</c>), so a relative path whose first
/// segment holds a ':' must be written <c>./a:b</c>. The URL is the one Markdig decoded (entities and backslash
/// escapes resolved), which is what the <c>href</c> will say.
/// </summary>
internal readonly record struct LinkTarget(LinkKind Kind, string Scheme)
{
    public bool IsAllowed => Kind != LinkKind.Unsafe;

    /// <summary>True for links that leave the site (http, https, protocol-relative).</summary>
    public bool IsExternal => Kind is LinkKind.Web or LinkKind.ProtocolRelative;

    public static LinkTarget Of(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return new LinkTarget(LinkKind.Relative, "");
        }

        var start = 0;
        while (start < url.Length && Ignorable(url[start]))
        {
            start++;
        }

        if (start < url.Length && IsSlash(url[start]))
        {
            var next = start + 1;
            while (next < url.Length && Ignorable(url[next]))
            {
                next++;
            }

            return new LinkTarget(next < url.Length && IsSlash(url[next]) ? LinkKind.ProtocolRelative : LinkKind.SiteAbsolute, "");
        }

        var scheme = new System.Text.StringBuilder();
        for (var i = start; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':')
            {
                return Named(scheme.ToString().ToLowerInvariant());
            }

            if (IsSlash(c) || c is '?' or '#')
            {
                break;
            }

            if (!Ignorable(c))
            {
                scheme.Append(c);
            }
        }

        return new LinkTarget(LinkKind.Relative, "");
    }

    private static LinkTarget Named(string scheme) => scheme switch
    {
        "http" or "https" => new LinkTarget(LinkKind.Web, scheme),
        "mailto" => new LinkTarget(LinkKind.Mail, scheme),
        // ":x" has no scheme: browsers read it as a relative path.
        "" => new LinkTarget(LinkKind.Relative, ""),
        _ => new LinkTarget(LinkKind.Unsafe, scheme),
    };

    private static bool IsSlash(char c) => c is '/' or '\\';

    /// <summary>Characters browsers strip or skip in a URL, and others that only hide what a scheme says.</summary>
    private static bool Ignorable(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;
}
