namespace PaperDigest.Citations;

/// <summary>
/// What a cited paper is, which decides its type in every format: BibTeX <c>@article</c> / RIS <c>JOUR</c> /
/// Highwire <c>citation_journal_title</c> for an <see cref="Article"/>, and so on.
/// </summary>
internal enum CitationKind
{
    /// <summary>In a journal (a venue of kind <c>journal</c>).</summary>
    Article,

    /// <summary>In the proceedings of a conference or workshop.</summary>
    ProceedingsPaper,

    /// <summary>A chapter of a book (a venue of kind <c>book</c>).</summary>
    Chapter,

    /// <summary>A thesis; the venue names the university.</summary>
    Thesis,

    /// <summary>On a preprint server: an arXiv paper with no venue, or a venue of kind <c>preprint</c>.</summary>
    Preprint,

    /// <summary>
    /// Nothing says what it is: a venue whose kind is unknown, or a paper with neither venue nor arXiv id. Every format
    /// uses its generic type (<c>@misc</c>, <c>GEN</c>) and claims no journal or conference.
    /// </summary>
    Unclassified,
}
