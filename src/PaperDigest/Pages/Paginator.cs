using PaperDigest.Indexing;

namespace PaperDigest.Pages;

/// <summary>Splits listings into pages of about <c>page_size</c> papers.</summary>
public static class Paginator
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

    /// <summary>The site path of page <paramref name="number"/> of a listing at <paramref name="first"/>: <c>/x/</c>, <c>/x/page/2/</c>.</summary>
    public static string PagePath(string first, int number) => number == 1 ? first : $"{first}page/{number}/";
}
