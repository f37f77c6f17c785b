using System.Collections.Frozen;

namespace PaperDigest.Citations;

/// <summary>
/// Splits an author as an editor wrote it into given and family names, the way citation formats want them.
/// "First Middle Last" takes the last word as the family name, together with any particles before it
/// (<c>Toon Van de Maele</c>, <c>Philipp del Hougne</c>) and a generational suffix after it (<c>Jr.</c>);
/// "Last, First" is taken as written, which is how an editor settles a name the rule gets wrong.
/// </summary>
internal static class AuthorName
{
    // Matched case-insensitively: "Van de Maele" and "De Luca" are family names as much as "van der Waals".
    private static readonly FrozenSet<string> Particles = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "van", "von", "de", "del", "della", "der", "den", "di", "da", "du", "dos", "das", "la", "le", "ter", "ten", "zu", "zur", "vom");

    private static readonly FrozenSet<string> Suffixes = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

    public static (string Given, string Family) Split(string full)
    {
        var comma = full.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            var family = Collapse(full[..comma]);
            var given = Collapse(full[(comma + 1)..]);
            if (family.Length > 0)
            {
                return (given, family);
            }

            full = given;
        }

        var words = full.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= 1)
        {
            return ("", words.Length == 1 ? words[0] : "");
        }

        var end = words.Length - 1;
        if (words.Length >= 3 && Suffixes.Contains(words[end]))
        {
            end--;
        }

        var start = end;
        while (start > 1 && Particles.Contains(words[start - 1]))
        {
            start--;
        }

        return (string.Join(' ', words[..start]), string.Join(' ', words[start..]));
    }

    /// <summary>The family name without a generational suffix, for citation keys.</summary>
    public static string FamilyWithoutSuffix(string full)
    {
        var family = Split(full).Family;
        var space = family.LastIndexOf(' ');
        return space > 0 && Suffixes.Contains(family[(space + 1)..]) ? family[..space] : family;
    }

    /// <summary><c>Van de Maele, Toon</c>; a single name stays as it is.</summary>
    public static string LastFirst(string full)
    {
        var (given, family) = Split(full);
        return given.Length == 0 ? family : $"{family}, {given}";
    }

    /// <summary><c>Ying Nian Wu</c>, also for an author written <c>Wu, Ying Nian</c>.</summary>
    public static string FirstLast(string full)
    {
        var (given, family) = Split(full);
        return given.Length == 0 ? family : $"{given} {family}";
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
