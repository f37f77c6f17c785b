using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace PaperDigest.Rendering.Links;

/// <summary>
/// Where a rendered write-up's HTML has URLs that lead somewhere only on the site itself: paths from the site's root
/// (<c>/papers/x/</c>, base path included) and fragments (<c>#fn:1</c>), each the value of an <c>href</c> or
/// <c>src</c> attribute. Noted by <see cref="WriteUpHtmlRenderer"/> as it writes them, as offsets into the HTML (UTF-16
/// code units, in order), so a feed, read away from the site, can make them absolute without reading the HTML for links.
/// </summary>
internal sealed partial class RelativeUrls
{
    public RelativeUrls(ImmutableArray<int> marks) => Marks = marks;

    public static RelativeUrls None { get; } = new([]);

    /// <summary>Each URL's offset times two, plus one for a fragment: the form the entry cache keeps.</summary>
    public ImmutableArray<int> Marks { get; }

    public int Count => Marks.Length;

    /// <summary>Where the <paramref name="index"/>th URL starts in the HTML.</summary>
    public int Start(int index) => Marks[index] >> 1;

    /// <summary>Whether the <paramref name="index"/>th URL is a fragment of the page (<c>#…</c>) rather than a path.</summary>
    public bool IsFragment(int index) => (Marks[index] & 1) != 0;

    /// <summary>The mark of a URL at <paramref name="offset"/>, if <paramref name="url"/> is a site path or a fragment.</summary>
    internal static int? Mark(ReadOnlySpan<char> url, int offset) => url switch
    {
        ['#', ..] => (offset << 1) | 1,
        ['/'] => offset << 1,
        ['/', not '/', ..] => offset << 1,
        _ => null,
    };

    /// <summary>
    /// The URLs relative to the site in raw HTML a digest allows (input, written as it is), by their offsets in it.
    /// Markdig renders raw HTML verbatim, so it is the one markup whose attributes are read rather than written.
    /// </summary>
    internal static IEnumerable<int> InRawHtml(string html)
    {
        foreach (Match match in AttributeUrl().Matches(html))
        {
            var url = match.Groups["url"];
            yield return Mark(url.ValueSpan, url.Index)!.Value;
        }
    }

    [GeneratedRegex("\\s(?:href|src)=\"(?<url>/(?!/)[^\"]*|#[^\"]*)\"")]
    private static partial Regex AttributeUrl();
}
