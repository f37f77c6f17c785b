using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Parsing;

namespace PaperDigest.Scaffolding;

/// <summary>
/// Reads a saved arXiv API response (an Atom feed with arXiv's extension elements) into papers: the id from
/// <c>&lt;id&gt;</c> without its version, the title with white space collapsed, authors, the first-version date as
/// <c>published</c>, <c>arxiv:doi</c>, <c>arxiv:journal_ref</c> as venue, and a repository link from
/// <c>arxiv:comment</c>. The abstract (<c>&lt;summary&gt;</c>) is never taken: write-ups are the editors' own words.
/// DTDs are refused, so no entity expansion or external fetch happens. Before the document is loaded, one streaming
/// pass checks its shape: elements nested at most <see cref="MaxDepth"/> deep, at most <see cref="MaxElements"/> of them,
/// at most <see cref="ImportReader.MaxPapers"/> entries, no text longer than <see cref="ImportReader.MaxValueLength"/>;
/// a file beyond any of these is refused whole. An arXiv response nests three deep and is far below the rest.
/// </summary>
internal static partial class ArxivAtomReader
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static readonly XNamespace Arxiv = "http://arxiv.org/schemas/atom";

    /// <summary>How deeply elements may nest.</summary>
    public const int MaxDepth = 32;

    /// <summary>The most elements a file may have (an arXiv entry has about twenty).</summary>
    public const int MaxElements = 1_000_000;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = ImportReader.MaxFileBytes,
        MaxCharactersFromEntities = 1024,
    };

    public static ImportReadResult Read(Stream xml, string path)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var bytes = ReadAtMost(xml, ImportReader.MaxFileBytes);
        if (bytes is null)
        {
            diagnostics.Add(Diagnostic.Error(SourceLocation.StartOf(SourcePath.Given(path)), ScaffoldingCodes.ImportFileUnusable,
                $"the file is more than {ImportReader.MaxFileBytes:N0} bytes; at most {ImportReader.MaxFileBytes:N0} can be imported at once"));
            return new ImportReadResult([], diagnostics.ToImmutable());
        }

        if (DoctypeLocation(bytes, path) is { } doctype)
        {
            diagnostics.Add(Diagnostic.Error(doctype, ScaffoldingCodes.AtomInvalid,
                "the file declares a DTD (<!DOCTYPE ...>), which is refused: an arXiv API response has none"));
            return new ImportReadResult([], diagnostics.ToImmutable());
        }

        XDocument document;
        try
        {
            if (ShapeProblem(bytes, path) is { } problem)
            {
                diagnostics.Add(problem);
                return new ImportReadResult([], diagnostics.ToImmutable());
            }

            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), Settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            var location = new SourceLocation(SourcePath.Given(path), Math.Max(1, ex.LineNumber), Math.Max(1, ex.LinePosition));
            diagnostics.Add(Diagnostic.Error(location, ScaffoldingCodes.AtomInvalid, $"not a well-formed Atom file: {WithoutPosition(ex.Message)}"));
            return new ImportReadResult([], diagnostics.ToImmutable());
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // The shape check read the same bytes with the same settings, so this is not expected; still no crash.
            diagnostics.Add(Diagnostic.Error(SourceLocation.StartOf(SourcePath.Given(path)), ScaffoldingCodes.AtomInvalid, "not a well-formed Atom file: the XML reader cannot read it"));
            return new ImportReadResult([], diagnostics.ToImmutable());
        }

        var root = document.Root!;
        IEnumerable<XElement> entries = root.Name == Atom + "feed" ? root.Elements(Atom + "entry")
            : root.Name == Atom + "entry" ? [root]
            : [];
        if (root.Name != Atom + "feed" && root.Name != Atom + "entry")
        {
            diagnostics.Add(Diagnostic.Error(At(root, path), ScaffoldingCodes.AtomInvalid,
                $"not an Atom feed: the root element is <{root.Name.LocalName}> in '{root.Name.NamespaceName}'; the arXiv API answers with <feed xmlns=\"http://www.w3.org/2005/Atom\">"));
        }

        var papers = ImmutableArray.CreateBuilder<ImportedPaper>();
        foreach (var entry in entries)
        {
            if (Paper(entry, path, diagnostics) is { } paper)
            {
                papers.Add(paper with { Categories = Categories(entry) });
            }
        }

        if (papers.Count == 0 && diagnostics.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(At(root, path), ScaffoldingCodes.ImportFileUnusable, "the feed has no <entry>; there is nothing to import"));
        }

        return new ImportReadResult(papers.ToImmutable(), diagnostics.ToImmutable());
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"v[0-9]+\z")]
    private static partial System.Text.RegularExpressions.Regex LatestVersion();

    private static ImportedPaper? Paper(XElement entry, string path, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var location = At(entry, path);
        var id = Text(entry.Element(Atom + "id"));
        var title = Text(entry.Element(Atom + "title"));
        // The API reports a bad query as a feed with one entry whose id points at its error documentation.
        if (id.Contains("arxiv.org/api/errors", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(Diagnostic.Error(location, ScaffoldingCodes.ArxivApiError,
                $"the arXiv API answered with an error: {Text(entry.Element(Atom + "summary"))}"));
            return null;
        }

        if (title.Length == 0)
        {
            diagnostics.Add(Diagnostic.Error(location, ScaffoldingCodes.MissingTitle,
                $"the entry {(id.Length > 0 ? $"'{id}' " : "")}has no <title>; it was not imported"));
            return null;
        }

        // The entry's id names the latest version (http://arxiv.org/abs/2303.01469v2); the entry keeps it, so it says
        // which version its summary is about. The slug, feed id and duplicate checks read the id without it.
        var arxiv = PaperLinksText.ArxivFromUrl(id) is { } unversioned ? unversioned + LatestVersion().Match(id).Value : null;
        var authors = entry.Elements(Atom + "author").Select(a => Text(a.Element(Atom + "name"))).Where(n => n.Length > 0);

        string? doi = null;
        if (entry.Element(Arxiv + "doi") is { } doiElement)
        {
            // Some papers list several DOIs separated by spaces; the first is the paper's.
            var first = Text(doiElement).Split(' ')[0];
            doi = Identifiers.NormaliseDoi(first);
            if (doi is null && first.Length > 0)
            {
                diagnostics.Add(Diagnostic.Warning(At(doiElement, path), ScaffoldingCodes.FieldLeftOut,
                    $"'{FieldReader.Shorten(first)}' is not a DOI; a DOI looks like 10.1103/PhysRevE.108.014309. It was left out"));
            }
        }

        var published = Day(entry.Element(Atom + "published"));
        // Atom's updated is the date of the latest version; kept only when it is later than the first.
        var updated = Day(entry.Element(Atom + "updated")) is { } latest && published is { } firstDay && latest > firstDay ? latest : (DateOnly?)null;

        var venue = Text(entry.Element(Arxiv + "journal_ref"));
        if (venue.Length > BibTexImport.MaxVenueLength)
        {
            diagnostics.Add(Diagnostic.Warning(At(entry.Element(Arxiv + "journal_ref")!, path), ScaffoldingCodes.FieldLeftOut,
                $"the journal reference is {venue.Length} characters long; at most {BibTexImport.MaxVenueLength} are allowed. It was left out"));
            venue = "";
        }

        var comment = Text(entry.Element(Arxiv + "comment"));
        var code = PaperLinksText.CodeUrl(comment);
        // arXiv marks a withdrawn paper in its comment (and its abstract, which is only looked at for this).
        var withdrawn = comment.Contains("withdrawn", StringComparison.OrdinalIgnoreCase)
            || Text(entry.Element(Atom + "summary")).StartsWith("This paper has been withdrawn", StringComparison.OrdinalIgnoreCase);
        var pdf = arxiv is null
            ? entry.Elements(Atom + "link").Where(l => (string?)l.Attribute("title") == "pdf" || (string?)l.Attribute("type") == "application/pdf")
                .Select(l => PaperLinksText.HttpUrl((string?)l.Attribute("href") ?? "")).FirstOrDefault(u => u is not null)
            : null;

        // Every author, in arXiv's order: two co-authors may share a name.
        return new ImportedPaper(location, arxiv ?? id, title, AuthorList.Of(authors), arxiv, doi, published,
            venue.Length > 0 ? JournalReference.Parse(venue) : null, code, pdf, withdrawn)
        {
            Updated = updated,
        };
    }

    /// <summary>The day of an Atom date (<c>2023-09-10T17:59:58Z</c>), or null.</summary>
    private static DateOnly? Day(XElement? element) =>
        DateTimeOffset.TryParse(Text(element), CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? DateOnly.FromDateTime(time.DateTime)
            : null;

    /// <summary>
    /// The entry's arXiv categories: <c>arxiv:primary_category</c> first, then every <c>category</c> in order, each once.
    /// Terms that are no arXiv category (ACM or MSC classes some entries carry) are left out.
    /// </summary>
    private static ImmutableArray<string> Categories(XElement entry)
    {
        var terms = entry.Elements(Arxiv + "primary_category").Concat(entry.Elements(Atom + "category"))
            .Select(c => SingleLineText.Clean((string?)c.Attribute("term") ?? ""))
            .Where(Identifiers.IsArxivCategory);
        return [.. terms.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The stream's bytes, or null when there are more than <paramref name="limit"/>.</summary>
    private static byte[]? ReadAtMost(Stream xml, int limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = xml.Read(chunk)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Streams through the document once, without building it, and says where it first goes beyond a limit: too deep,
    /// too many elements or entries, too long a text. Null when it keeps within them. Malformed XML throws, as loading would.
    /// </summary>
    private static Diagnostic? ShapeProblem(byte[] bytes, string path)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), Settings);
        var position = (IXmlLineInfo)reader;
        // At an element the reader stands on its name; a diagnostic points at its '<'.
        SourceLocation Here() => new(SourcePath.Given(path), Math.Max(1, position.LineNumber),
            Math.Max(1, position.LinePosition - (reader.NodeType == XmlNodeType.Element ? 1 : 0)));
        var elements = 0;
        var entries = 0;
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    if (reader.Depth >= MaxDepth)
                    {
                        return Diagnostic.Error(Here(), ScaffoldingCodes.NestedTooDeep,
                            $"elements nest more than {MaxDepth} deep here; the file was refused and nothing of it is imported");
                    }

                    if (++elements > MaxElements)
                    {
                        return Refused(Here(), $"the file has more than {MaxElements:N0} elements");
                    }

                    if (reader.LocalName == "entry" && reader.NamespaceURI == Atom.NamespaceName && ++entries > ImportReader.MaxPapers)
                    {
                        return Refused(Here(), $"the file has more than {ImportReader.MaxPapers:N0} entries (split it into smaller files)");
                    }
                }
                else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && reader.Value.Length > ImportReader.MaxValueLength)
                {
                    return Refused(Here(), $"a text here is longer than {ImportReader.MaxValueLength:N0} characters");
                }
            }
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // System.Xml can fail outside its own exceptions on broken input (a long XML declaration with non-ASCII
            // text before an encoding, for one): still a file it cannot read, not a crash.
            return Diagnostic.Error(Here(), ScaffoldingCodes.AtomInvalid,
                "not a well-formed Atom file: the XML reader cannot read it from here; check the XML declaration (<?xml ...?>) and what follows");
        }

        return null;
    }

    private static Diagnostic Refused(SourceLocation location, string message) =>
        Diagnostic.Error(location, ScaffoldingCodes.FileTooLarge, $"{message}; the file was refused and nothing of it is imported");

    /// <summary>
    /// Where a <c>&lt;!DOCTYPE</c> is, to say so plainly; the reader refuses DTDs anyway (this only finds the
    /// UTF-8 spelling), so this is for the message, not for safety.
    /// </summary>
    private static SourceLocation? DoctypeLocation(ReadOnlySpan<byte> bytes, string path)
    {
        var at = bytes.IndexOf("<!DOCTYPE"u8);
        if (at < 0)
        {
            return null;
        }

        var before = bytes[..at];
        var line = before.Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[(before.LastIndexOf((byte)'\n') + 1)..]) + 1;
        return new SourceLocation(SourcePath.Given(path), line, column);
    }

    private static string Text(XElement? element) => element is null ? "" : SingleLineText.Clean(element.Value);

    private static SourceLocation At(XElement element, string path) =>
        element is IXmlLineInfo info && info.HasLineInfo() ? new SourceLocation(SourcePath.Given(path), info.LineNumber, Math.Max(1, info.LinePosition - 1)) : SourceLocation.StartOf(SourcePath.Given(path));

    /// <summary>XmlException messages end in "Line 3, position 7."; the diagnostic says where already.</summary>
    private static string WithoutPosition(string message)
    {
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }
}
