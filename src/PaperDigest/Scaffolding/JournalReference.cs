using System.Globalization;
using System.Text.RegularExpressions;
using PaperDigest.Content;

namespace PaperDigest.Scaffolding;

/// <summary>
/// Reads arXiv's journal reference (<c>arxiv:journal_ref</c>), which authors type freely, into a structured venue
/// only where its shape leaves no doubt: a journal name without digits, commas or brackets, then a volume, pages and
/// a year in one of the two usual orders, <c>Phys. Rev. E 108 (2023) 014309</c> or <c>Nature 586, 12-20 (2020)</c>.
/// Anything else stays the plain-string venue it was given as.
/// </summary>
internal static partial class JournalReference
{
    private const string Name = @"(?<name>\p{L}[^\d,()\[\];]*?)";
    private const string Volume = @"(?<volume>\d{1,5})";
    private const string Pages = @"(?<pages>\p{L}?\d{1,9}(?:\s*(?:--?|–)\s*\p{L}?\d{1,9})?)";
    private const string Year = @"\((?<year>(?:1[89]|20)\d\d)\)";

    [GeneratedRegex("^" + Name + @"\s+" + Volume + @"\s*" + Year + @"\s*,?\s*" + Pages + @"\.?\z")]
    private static partial Regex VolumeYearPages();

    [GeneratedRegex("^" + Name + @"\s+" + Volume + @"\s*[,:]\s*" + Pages + @"\s*" + Year + @"\.?\z")]
    private static partial Regex VolumePagesYear();

    /// <summary>The venue of <paramref name="reference"/>: structured when it can be read with confidence, else the text as it is.</summary>
    public static Venue Parse(string reference)
    {
        var text = reference.Trim();
        var match = VolumeYearPages().Match(text) is { Success: true } first ? first : VolumePagesYear().Match(text);
        if (!match.Success)
        {
            return new Venue(text);
        }

        var pages = Venue.NormalisePages(match.Groups["pages"].Value);
        return new Venue(
            match.Groups["name"].Value.Trim(),
            VenueKind.Journal,
            Volume: match.Groups["volume"].Value,
            Pages: pages,
            Year: int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture));
    }
}
