namespace PaperDigest.Scaffolding;

/// <summary>
/// What a new entry must not repeat from an entry already in the digest: its slug, its arXiv id (without
/// version) and its DOI. <see cref="DisplayPath"/> names the entry's file in messages.
/// </summary>
public sealed record KnownPaper(string DisplayPath, string Slug, string? Arxiv, string? Doi);
