using PaperDigest.Indexing;

namespace PaperDigest.Pages;

/// <summary>Splits listings into pages of about <c>page_size</c> papers.</summary>
internal static class Paginator
{
    /// <summary>Whole digest days per page: a page holds up to <paramref name="pageSize"/> papers but never splits a day (a larger day gets a page of its own).</summary>
    public static IReadOnlyList<IReadOnlyList<DigestDay>> Days(IReadOnlyList<DigestDay> days, int pageSize)
    {
        var pages = new List<IReadOnlyList<DigestDay>>();
        var current = new List<DigestDay>();
        var count = 0;
        foreach (var day in days)
        {
            if (current.Count > 0 && count + day.Papers.Length > pageSize)
            {
                pages.Add(current);
                current = [];
                count = 0;
            }

            current.Add(day);
            count += day.Papers.Length;
        }

        if (current.Count > 0 || pages.Count == 0)
        {
            pages.Add(current);
        }

        return pages;
    }

    /// <summary>Fixed-size chunks; always at least one (possibly empty) page.</summary>
    public static IReadOnlyList<IReadOnlyList<T>> Chunks<T>(IReadOnlyList<T> items, int pageSize)
    {
        var pages = items.Chunk(pageSize).Select(c => (IReadOnlyList<T>)c).ToList();
        return pages.Count == 0 ? [Array.Empty<T>()] : pages;
    }

    /// <summary>Pages either side of the current one that pagination links to, besides the first and the last.</summary>
    public const int Window = 2;

    /// <summary>
    /// The page numbers a page of a listing links to: the first, the last, and <see cref="Window"/> either side of
    /// <paramref name="current"/>, with null where pages are left out (a single left-out page is shown instead).
    /// A listing of thousands of pages thus links a handful from each page, not every one.
    /// </summary>
    public static IReadOnlyList<int?> Links(int current, int total)
    {
        var shown = new SortedSet<int> { 1, total };
        for (var n = Math.Max(1, current - Window); n <= Math.Min(total, current + Window); n++)
        {
            shown.Add(n);
        }

        var links = new List<int?>();
        var previous = 0;
        foreach (var n in shown)
        {
            if (n == previous + 2)
            {
                // One page between two shown ones is shown rather than replaced by a gap.
                links.Add(previous + 1);
            }
            else if (n > previous + 2)
            {
                links.Add(null);
            }

            links.Add(n);
            previous = n;
        }

        return links;
    }

    /// <summary>The site path of page <paramref name="number"/> of a listing at <paramref name="first"/>: <c>/x/</c>, <c>/x/page/2/</c>.</summary>
    public static string PagePath(string first, int number) => number == 1 ? first : $"{first}page/{number}/";
}
