using System.Collections.Immutable;
using PaperDigest.Diagnostics;

namespace PaperDigest.Content;

/// <summary>
/// One validated digest entry: a paper and the editor's write-up of it (still Markdown). <see cref="SourcePath"/> is
/// the entry's path inside the input folder (see <see cref="Diagnostics.SourcePath"/>).
/// </summary>
internal sealed record Paper(
    SourcePath SourcePath,
    string Slug,
    string Title,
    AuthorList Authors,
    DateOnly Date,
    ImmutableArray<string> Tags,
    string? Arxiv,
    string? Doi,
    DateOnly? Published,
    Venue? Venue,
    string? Tldr,
    PaperLinks Links,
    bool Featured,
    bool Draft,
    ImmutableArray<string> Aliases,
    string Body,
    int BodyLine,
    EntryLocations Locations)
{
    /// <summary>The site path of the paper's page.</summary>
    public string Path => $"/papers/{Slug}/";

    public string? ArxivAbsUrl => Arxiv is null ? null : $"https://arxiv.org/abs/{Arxiv}";

    /// <summary>The editor's PDF link, or arXiv's.</summary>
    public string? PdfUrl => Links.Pdf?.AbsoluteUri ?? (Arxiv is null ? null : $"https://arxiv.org/pdf/{Arxiv}");

    public string? DoiUrl => Doi is null ? null : $"https://doi.org/{Doi}";

    /// <summary>Dated after the day of the build: published only when that day comes, previewed with --drafts.</summary>
    public bool Scheduled { get; init; }

    /// <summary>
    /// The date of the paper's latest version (the entry's <c>updated</c>, which <c>new</c> and <c>import</c> take from
    /// arXiv's latest version), when it differs from its first; citations give it as the date the paper was modified.
    /// </summary>
    public DateOnly? Updated { get; init; }

    /// <summary>
    /// Whether the entry writes its <c>slug</c>; without it the slug follows the arXiv id, else the title, so adding an
    /// arXiv id or editing the title moves the page (see <see cref="Validation.AddressChanges"/>).
    /// </summary>
    public bool ExplicitSlug { get; init; }

    /// <summary>The figures the entry names, in its order; the first is the paper's thumbnail and social image.</summary>
    public ImmutableArray<Figure> Figures { get; init; } = [];
}
