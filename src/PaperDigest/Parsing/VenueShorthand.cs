using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using PaperDigest.Content;

namespace PaperDigest.Parsing;

/// <summary>
/// A venue written as plain text (<c>venue: ICLR 2024</c>). The text stays the venue's name, shown and cited as
/// written; its kind and year are inferred only where the text leaves no doubt, else they stay unknown (and
/// <c>check</c> counts the entries whose venue kind is unknown):
/// <list type="bullet">
/// <item>a preprint server's name first (<c>arXiv</c>, <c>bioRxiv</c> ...) is a preprint; the word thesis or
/// dissertation a thesis;</item>
/// <item>the word Workshop is a workshop, Conference or Symposium a conference, and Journal, Transactions, Letters,
/// Review (or a well-known journal's name first: Nature, Science, PNAS ...) a journal; words of two kinds at once
/// (<c>Journal of Physics: Conference Series</c>) leave the kind unknown;</item>
/// <item>a well-known conference's acronym as a word (<c>ICLR</c>, <c>NeurIPS</c>, <c>CVPR</c> ...) is a conference.</item>
/// </list>
/// The year is a year in brackets (<c>Physica A (2023)</c>) or, for a conference or workshop, the one year the text
/// names (<c>ICLR 2024</c>); two different years leave it unknown.
/// </summary>
internal static partial class VenueShorthand
{
    private static readonly FrozenSet<string> PreprintServers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "arxiv", "biorxiv", "medrxiv", "chemrxiv", "techrxiv", "psyarxiv", "eartharxiv", "ssrn", "corr");

    private static readonly FrozenSet<string> JournalNames = FrozenSet.Create(
        StringComparer.Ordinal,
        "Nature", "Science", "Cell", "Neuron", "PNAS", "eLife", "PLoS", "PLOS", "JMLR", "TMLR", "Physica");

    // Case-sensitive: these are written in capitals, and "acl" or "chi" in lower case are other words.
    private static readonly FrozenSet<string> ConferenceAcronyms = FrozenSet.Create(
        StringComparer.Ordinal,
        "ICLR", "NeurIPS", "NIPS", "ICML", "CVPR", "ICCV", "ECCV", "WACV", "BMVC", "AAAI", "IJCAI", "ACL", "EMNLP", "NAACL",
        "EACL", "COLING", "KDD", "SIGIR", "SIGGRAPH", "CHI", "UAI", "AISTATS", "COLT", "CoRL", "ICRA", "IROS", "MICCAI",
        "ICASSP", "INTERSPEECH", "Interspeech", "STOC", "FOCS", "SODA", "ICALP", "PLDI", "POPL", "OSDI", "SOSP", "NSDI", "ISCA");

    [GeneratedRegex(@"\b(?:workshops?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorkshopWord();

    [GeneratedRegex(@"\b(?:conference|symposium|neural information processing systems)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConferenceWord();

    [GeneratedRegex(@"\b(?:journal|transactions|letters|reviews?|rev\.|annals)(?:\b|\s|$)|^J\.\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JournalWord();

    [GeneratedRegex(@"\b(?:thesis|dissertation)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThesisWord();

    [GeneratedRegex(@"\p{L}[\p{L}\d]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\((?<year>(?:1[89]|20)\d\d)\)")]
    private static partial Regex YearInBrackets();

    [GeneratedRegex(@"(?<![\d.])(?<year>(?:19|20)\d\d)(?![\d.])")]
    private static partial Regex AnyYear();

    /// <summary>The venue <paramref name="text"/> names, with the kind and year it leaves no doubt about.</summary>
    public static Venue Read(string text)
    {
        var kind = Kind(text);
        return new Venue(text, kind, Year: Year(text, kind));
    }

    /// <summary>The kind of venue the text names, or null where it could be more than one.</summary>
    public static VenueKind? Kind(string text)
    {
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        if (PreprintServers.Contains(words[0]))
        {
            return VenueKind.Preprint;
        }

        if (ThesisWord().IsMatch(text))
        {
            return VenueKind.Thesis;
        }

        var journal = JournalWord().IsMatch(text) || JournalNames.Contains(words[0]);
        var workshop = WorkshopWord().IsMatch(text);
        var conference = ConferenceWord().IsMatch(text);
        if (journal)
        {
            return workshop || conference ? null : VenueKind.Journal;
        }

        if (workshop)
        {
            return VenueKind.Workshop;
        }

        return conference || words.Any(ConferenceAcronyms.Contains) || text.StartsWith("ACM Multimedia", StringComparison.Ordinal)
            ? VenueKind.Conference
            : null;
    }

    private static int? Year(string text, VenueKind? kind)
    {
        var years = (kind is VenueKind.Conference or VenueKind.Workshop ? AnyYear() : YearInBrackets())
            .Matches(text)
            .Select(m => int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture))
            .Distinct()
            .ToList();
        return years.Count == 1 ? years[0] : null;
    }
}
