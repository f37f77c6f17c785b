namespace PaperDigest.Citations;

/// <summary>Builds lists of meta tags: values on one line, no tag for a missing or empty value.</summary>
internal static class MetaTags
{
    public static void Add(List<MetaTag> tags, string name, string? value)
    {
        var text = value is null ? "" : CitationText.Flatten(value);
        if (text.Length > 0)
        {
            tags.Add(new MetaTag(name, text));
        }
    }
}
