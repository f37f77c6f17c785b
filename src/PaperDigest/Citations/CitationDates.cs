using System.Globalization;
using PaperDigest.Content;

namespace PaperDigest.Citations;

/// <summary>Which date a citation gives for a paper, and the shapes the formats write dates in.</summary>
internal static class CitationDates
{
    /// <summary>
    /// The year every format cites: the venue's year when the entry gives one (the journal or proceedings the paper
    /// appeared in), else the paper's own date, else the year of its arXiv id, else the digest day's year.
    /// </summary>
    public static int Year(Paper paper) =>
        paper.Venue?.Year ?? paper.Published?.Year ?? (paper.Arxiv is null ? paper.Date.Year : ArxivId.Year(paper.Arxiv));

    /// <summary>
    /// The paper's date as precisely as it is known, agreeing with <see cref="Year"/>: the venue's year alone when it
    /// differs from the paper's own date, else its own date (<c>2023/09/10</c> with '/'), else the year of
    /// its arXiv id (<c>1999</c>: a digest day years later would misdate it), else the digest day.
    /// Highwire, schema.org and OpenURL all accept a year alone.
    /// </summary>
    public static string PublicationDate(Paper paper, char separator) =>
        paper.Venue?.Year is { } year && year != paper.Published?.Year
            ? year.ToString(CultureInfo.InvariantCulture)
            : paper.Published is null && paper.Arxiv is not null
            ? ArxivId.Year(paper.Arxiv).ToString(CultureInfo.InvariantCulture)
            : (paper.Published ?? paper.Date).ToString($"yyyy'{separator}'MM'{separator}'dd", CultureInfo.InvariantCulture);

    /// <summary><c>2023/09/10</c>, as RIS and Highwire want it.</summary>
    public static string Slashed(DateOnly date) => date.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture);

    /// <summary><c>2023-09-10</c>.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
