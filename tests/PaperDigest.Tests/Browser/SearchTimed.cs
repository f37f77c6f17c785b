using System.Globalization;

namespace PaperDigest.Tests.Browser;

/// <summary>
/// One first query on the search page: milliseconds from the input event to the results in the page, how many results
/// it shows, the first result's link, and the index files it downloaded.
/// </summary>
internal sealed record SearchTimed(string Query, double Milliseconds, int Shown, string? FirstHref, IReadOnlyList<SearchDownload> Downloads)
{
    public int Bytes => Downloads.Sum(d => d.Bytes);

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"'{Query}': {Milliseconds:F1} ms to results, {Shown} shown, {Downloads.Count} files {Bytes / 1e3:F0} kB "
        + $"({string.Join(", ", Downloads.Select(d => $"{d.Name} {d.Bytes / 1e3:F0} kB"))})");
}
