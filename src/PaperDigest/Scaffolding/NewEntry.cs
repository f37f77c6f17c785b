using System.Collections.Immutable;
using System.Globalization;
using PaperDigest.Content;
using PaperDigest.Parsing;

namespace PaperDigest.Scaffolding;

/// <summary>
/// The front matter of an entry about to be written: what <c>new</c> is given on the command line, or what
/// <c>import</c> read from a BibTeX or Atom file, plus the digest day and tags. Texts are expected clean
/// (see <see cref="SingleLineText.Clean"/>); <see cref="EntryWriter"/> only quotes them.
/// </summary>
internal sealed record NewEntry(
    string Title,
    AuthorList Authors,
    DateOnly Date,
    ImmutableArray<string> Tags,
    string? Arxiv = null,
    string? Doi = null,
    DateOnly? Published = null,
    Venue? Venue = null,
    string? Tldr = null,
    Uri? Code = null,
    Uri? Pdf = null)
{
    /// <summary>The date of the paper's latest version (the entry's <c>updated</c>), or null.</summary>
    public DateOnly? Updated { get; init; }

    /// <summary>The slug written into the entry: the arXiv id, else the kebab-case title (the default of an entry without <c>slug</c>).</summary>
    public string Slug => Identifiers.DefaultSlug(Arxiv, Title);

    /// <summary>Where the entry goes inside the input folder: <c>papers/YYYY/&lt;slug&gt;.md</c>, YYYY from the digest day.</summary>
    public string RelativePath => string.Create(CultureInfo.InvariantCulture, $"papers/{Date.Year:D4}/{Slug}.md");

    /// <summary>The arXiv id without its version, as duplicates are compared.</summary>
    public string? ArxivKey => Arxiv is null ? null : Identifiers.ArxivWithoutVersion(Arxiv);
}
