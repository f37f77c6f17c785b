using PaperDigest.Parsing;

namespace PaperDigest.Scaffolding;

/// <summary>
/// What a new entry must not repeat from an entry already in the digest: its slug, its arXiv id (without
/// version), its DOI and its title. <see cref="DisplayPath"/> names the entry's file in messages.
/// </summary>
internal sealed record KnownPaper(string DisplayPath, string Slug, string? Arxiv, string? Doi, string? Title = null)
{
    /// <summary>The title as compared: lower-case ASCII words, accents and punctuation dropped.</summary>
    public string? TitleKey => Title is null ? null : TitleKeyOf(Title);

    public static string? TitleKeyOf(string title) => Identifiers.Kebab(title, int.MaxValue) is { Length: > 0 } key ? key : null;
}
