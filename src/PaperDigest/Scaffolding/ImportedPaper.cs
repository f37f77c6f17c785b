using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Diagnostics;

namespace PaperDigest.Scaffolding;

/// <summary>
/// A paper read from a BibTeX or Atom file, before it has a digest day and tags. Texts are clean Unicode;
/// identifiers are valid (an unusable one was left out with a warning). <see cref="Location"/> is where the
/// paper is in the imported file; <see cref="Key"/> is its BibTeX key or Atom id. <see cref="Withdrawn"/> is set when
/// arXiv says its authors withdrew it. <see cref="Authors"/> are every author in the file's order, incomplete when
/// the file says so (BibTeX's <c>and others</c>).
/// </summary>
internal sealed record ImportedPaper(
    SourceLocation Location,
    string Key,
    string Title,
    AuthorList Authors,
    string? Arxiv = null,
    string? Doi = null,
    DateOnly? Published = null,
    Venue? Venue = null,
    Uri? Code = null,
    Uri? Pdf = null,
    bool Withdrawn = false)
{
    /// <summary>
    /// The keywords of a BibTeX entry (its <c>keywords</c> field split at ',' and ';'), in order, each once; they
    /// become tags only where tags.yml has a tag of that slug or name.
    /// </summary>
    public ImmutableArray<string> Keywords { get; init; } = [];

    /// <summary>The date of the paper's latest version, when arXiv says it is later than the first.</summary>
    public DateOnly? Updated { get; init; }

    /// <summary>Where the keywords are in the imported file, for the warning about those that are no tag.</summary>
    public SourceLocation? KeywordsLocation { get; init; }

    /// <summary>The paper's arXiv categories, the primary one first, then the cross-lists (<c>cs.LG</c>, <c>stat.ML</c>).</summary>
    public ImmutableArray<string> Categories { get; init; } = [];

    /// <summary>How messages name the paper: its arXiv id, else its DOI, else its key (or title), cut if long.</summary>
    public string Label => (Arxiv is null ? null : Parsing.Identifiers.ArxivWithoutVersion(Arxiv)) ?? Doi ?? Parsing.FieldReader.Shorten(Key.Length > 0 ? Key : Title);

    public NewEntry ToEntry(DateOnly date, ImmutableArray<string> tags) =>
        new(Title, Authors, date, tags, Arxiv, Doi, Published, Venue, null, Code, Pdf) { Updated = Updated };
}
