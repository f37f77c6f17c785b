namespace PaperDigest.Scaffolding;

/// <summary>
/// Diagnostic codes of <c>paperdigest import</c>, for problems in the file being imported (PD07xx).
/// Kept apart from <see cref="Diagnostics.DiagnosticCodes"/>, which covers the digest's own files.
/// </summary>
internal static class ScaffoldingCodes
{
    /// <summary>The file is missing, unreadable, too large or has no entries at all.</summary>
    public const string ImportFileUnusable = "PD0700";

    /// <summary>A BibTeX syntax error: a missing '=', ',' or key, an unexpected character.</summary>
    public const string BibTexSyntax = "PD0701";

    /// <summary>A brace or quote opened in a BibTeX value or entry and never closed.</summary>
    public const string BibTexUnbalanced = "PD0702";

    /// <summary>A BibTeX value names an @string macro that is not defined (warning; the value is empty).</summary>
    public const string BibTexUndefinedMacro = "PD0703";

    /// <summary>A field given twice in one BibTeX entry (warning; the first is used).</summary>
    public const string BibTexRepeatedField = "PD0704";

    /// <summary>The file is not valid UTF-8 and was read as Latin-1 (warning).</summary>
    public const string NotUtf8 = "PD0705";

    /// <summary>
    /// A BibTeX value longer than <see cref="ImportReader.MaxValueLength"/> once its @string names are expanded (or
    /// using a @string that could not be read), or an entry with more than <see cref="BibTexReader.MaxFields"/> fields:
    /// the entry is not imported.
    /// </summary>
    public const string ValueTooLong = "PD0706";

    /// <summary>
    /// Braces nested deeper than <see cref="BibTexReader.MaxBraceDepth"/> in a BibTeX value (the entry is not imported),
    /// or XML elements nested deeper than <see cref="ArxivAtomReader.MaxDepth"/> (the file is refused).
    /// </summary>
    public const string NestedTooDeep = "PD0707";

    /// <summary>
    /// The file as a whole goes beyond a limit — @string text expanded, entries, problems, XML elements or text —
    /// and is refused: nothing of it is imported.
    /// </summary>
    public const string FileTooLarge = "PD0708";

    /// <summary>Not well-formed XML, a DTD, or not an Atom feed.</summary>
    public const string AtomInvalid = "PD0710";

    /// <summary>The arXiv API answered with an error entry instead of papers.</summary>
    public const string ArxivApiError = "PD0711";

    /// <summary>A paper without a title cannot become an entry.</summary>
    public const string MissingTitle = "PD0720";

    /// <summary>An arXiv id, DOI, date, link or venue that is not usable; it is left out of the entry (warning).</summary>
    public const string FieldLeftOut = "PD0721";

    /// <summary>The entry would take a slug or file another entry already has.</summary>
    public const string SlugTaken = "PD0722";

    /// <summary>The entry would not be valid (a title too long, ...) or could not be written.</summary>
    public const string EntryNotWritten = "PD0723";

    /// <summary>Keywords of an imported entry that match no tag of tags.yml; they are left out (warning).</summary>
    public const string KeywordsNotTags = "PD0724";
}
