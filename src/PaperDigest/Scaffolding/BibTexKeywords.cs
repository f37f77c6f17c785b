using System.Collections.Immutable;
using PaperDigest.Parsing;

namespace PaperDigest.Scaffolding;

/// <summary>
/// What a BibTeX entry says about its subject, for tags: the <c>keywords</c> field, split at ',' and ';' (TeX turned
/// into Unicode), and arXiv's <c>primaryClass</c> as the paper's arXiv category.
/// </summary>
internal static class BibTexKeywords
{
    /// <summary>The most keywords kept from one entry; a longer list is not a list of subjects.</summary>
    public const int MaxKeywords = 200;

    public static ImportedPaper AddTo(ImportedPaper paper, BibTexRecord record)
    {
        var keywords = record.Field("keywords") is { } field ? Split(TexToUnicode.Convert(field.Value)) : [];
        var primary = record["primaryclass"] is { } value ? SingleLineText.Clean(value.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal)) : "";
        return paper with
        {
            Keywords = keywords,
            KeywordsLocation = keywords.IsEmpty ? null : record.Field("keywords")!.Location,
            Categories = Identifiers.IsArxivCategory(primary) ? [primary] : [],
        };
    }

    /// <summary>"Diffusion models, score matching; SDE" as three keywords, each once (compared without case).</summary>
    public static ImmutableArray<string> Split(string text)
    {
        var keywords = ImmutableArray.CreateBuilder<string>();
        foreach (var piece in text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (keywords.Count == MaxKeywords)
            {
                break;
            }

            var keyword = SingleLineText.Clean(piece);
            if (keyword.Length > 0 && !keywords.Contains(keyword, StringComparer.OrdinalIgnoreCase))
            {
                keywords.Add(keyword);
            }
        }

        return keywords.ToImmutable();
    }
}
