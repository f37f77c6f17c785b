using System.Collections.Frozen;
using System.Globalization;

namespace PaperDigest.Citations;

/// <summary>
/// Citation keys as arXiv and Google Scholar make them: first author's family name, year, first significant title word
/// (<c>zhu2023learning</c>); without a known date the year is left out (<c>zhulearning</c>), never guessed.
/// </summary>
internal static class BibTexKey
{
    private static readonly FrozenSet<string> StopWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "a", "an", "the", "on", "of", "in", "into", "for", "from", "to", "toward", "towards", "and", "or", "at", "by",
        "with", "via", "as", "is", "are", "do", "does");

    /// <summary>Only <c>[a-z0-9]</c>, so a key never needs escaping.</summary>
    public static string For(Citation citation)
    {
        var family = citation.Authors.IsEmpty ? "" : Letters(CitationText.AsciiFold(AuthorName.FamilyWithoutSuffix(citation.Authors[0].Name)));
        return (family.Length > 0 ? family : "anon")
            + (citation.Issued is { } issued ? issued.YearText : "")
            + FirstSignificantWord(citation.Title);
    }

    private static string FirstSignificantWord(string title)
    {
        foreach (var word in Words(title))
        {
            var folded = CitationText.AsciiFold(word);
            if (folded.Length > 0 && !StopWords.Contains(folded))
            {
                return folded;
            }
        }

        return "";
    }

    private static string Letters(string text) => string.Concat(text.Where(char.IsAsciiLetter));

    /// <summary>Runs of letters, digits and combining marks: "Energy-Based" is two words.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || !(char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark))
            {
                if (i > start)
                {
                    yield return text[start..i];
                }

                start = i + 1;
            }
        }
    }
}
