using System.Globalization;
using System.Text;

namespace PaperDigest.Content;

/// <summary>The kinds of venue an entry's <c>venue.kind</c> names.</summary>
internal enum VenueKind
{
    Journal,
    Conference,
    Workshop,
    Book,
    Thesis,
    Preprint,
}

/// <summary>
/// Where a paper was published. An entry writes either a plain string (<c>venue: ICLR 2024</c>), which is the
/// <see cref="Name"/> and nothing else, or a mapping with the name and the details below.
/// </summary>
internal sealed record Venue(
    string Name,
    VenueKind? Kind = null,
    string? Volume = null,
    string? Issue = null,
    string? Pages = null,
    int? Year = null,
    string? Publisher = null,
    Uri? Url = null)
{
    /// <summary>The keys of the mapping form, in the order they are documented.</summary>
    public static readonly IReadOnlyList<string> Keys = ["name", "kind", "volume", "issue", "pages", "year", "publisher", "url"];

    /// <summary>The kinds as entries write them.</summary>
    public static readonly IReadOnlyList<string> KindNames = [.. Enum.GetValues<VenueKind>().Select(KindName)];

    public static string KindName(VenueKind kind) => kind.ToString().ToLowerInvariant();

    public static VenueKind? ParseKind(string text) =>
        Enum.GetValues<VenueKind>().Cast<VenueKind?>().FirstOrDefault(k => KindName(k!.Value) == text);

    /// <summary>Whether only the name is known (the plain-string form).</summary>
    public bool IsNameOnly => Kind is null && Volume is null && Issue is null && Pages is null && Year is null && Publisher is null && Url is null;

    /// <summary>
    /// The venue as one line of text, as pages show it: the name alone for the plain-string form, else in the style
    /// of a reference, <c>Nature 586(7830), 12–20 (2020)</c>: name, volume (issue), pages, year; a year already in
    /// the name (<c>ICLR 2024</c>) is not repeated.
    /// </summary>
    public string Text
    {
        get
        {
            var text = new StringBuilder(Name);
            if (Volume is not null)
            {
                text.Append(' ').Append(Volume);
                if (Issue is not null)
                {
                    text.Append('(').Append(Issue).Append(')');
                }
            }
            else if (Issue is not null)
            {
                text.Append(", no. ").Append(Issue);
            }

            if (Pages is not null)
            {
                text.Append(", ").Append(Pages);
            }

            if (Year is { } year && !NameHasYear(year))
            {
                text.Append(" (").Append(year.ToString(CultureInfo.InvariantCulture)).Append(')');
            }

            return text.ToString();
        }
    }

    /// <summary>A page range as references write it, <c>12–20</c>, from TeX's <c>12--20</c>, <c>12-20</c> or <c>12 – 20</c>; anything else as given.</summary>
    public static string NormalisePages(string pages) =>
        System.Text.RegularExpressions.Regex.Replace(pages.Trim(), @"^(\p{L}?\d+)\s*(?:--?|\u2013|\u2014)\s*(\p{L}?\d+)$", "$1\u2013$2",
            System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>The first and last page of <see cref="Pages"/> (<c>12–20</c>, <c>12--20</c>, <c>12-20</c>); the last is null for one page or an article number.</summary>
    public (string First, string? Last)? PageRange
    {
        get
        {
            if (Pages is null)
            {
                return null;
            }

            var parts = Pages.Replace("--", "\u2013", StringComparison.Ordinal).Split(['\u2013', '-', '\u2014'], 2, StringSplitOptions.TrimEntries);
            return parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0 ? (parts[0], parts[1]) : (Pages, null);
        }
    }

    private bool NameHasYear(int year)
    {
        var digits = year.ToString(CultureInfo.InvariantCulture);
        var at = Name.IndexOf(digits, StringComparison.Ordinal);
        return at >= 0 && (at == 0 || !char.IsDigit(Name[at - 1])) && (at + digits.Length == Name.Length || !char.IsDigit(Name[at + digits.Length]));
    }
}
