using PaperDigest.Diagnostics;

namespace PaperDigest.Rendering;

/// <summary>A link in a write-up to a path of the site itself (<c>/papers/x/</c>), and where it was written.</summary>
internal sealed record InternalLink(string Url, SourceLocation Location)
{
    /// <summary>The site path without query or fragment.</summary>
    public string Path
    {
        get
        {
            var end = Url.IndexOfAny(['#', '?']);
            return end < 0 ? Url : Url[..end];
        }
    }
}
