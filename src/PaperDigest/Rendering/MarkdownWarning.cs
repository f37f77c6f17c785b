using Markdig.Syntax;
using PaperDigest.Diagnostics;

namespace PaperDigest.Rendering;

/// <summary>
/// Something a Markdig extension of ours changed in a write-up while rendering it (an unsafe link shown as text, a
/// limit reached), at a 0-based line and column of the Markdown. Extensions attach them to the parsed document.
/// <see cref="DefinitionLine"/> is, for a link through a reference definition, the 0-based line of the definition.
/// </summary>
internal sealed record MarkdownWarning(int Line, int Column, string Code, string Message, int? DefinitionLine = null)
{
    private static readonly object Key = new();

    /// <summary>The warning at its place in the file whose Markdown starts on line <paramref name="firstLine"/>.</summary>
    public Diagnostic ToDiagnostic(SourcePath path, int firstLine) =>
        Diagnostic.Warning(new SourceLocation(path, firstLine + Line, Column + 1), Code,
            DefinitionLine is { } defined ? $"{Message} (its reference definition is on line {firstLine + defined})" : Message);

    /// <summary>Notes a warning on <paramref name="document"/>, which is used by one thread at a time.</summary>
    internal static void Add(MarkdownDocument document, MarkdownWarning warning)
    {
        if (document.GetData(Key) is not List<MarkdownWarning> warnings)
        {
            warnings = [];
            document.SetData(Key, warnings);
        }

        warnings.Add(warning);
    }

    /// <summary>The warnings noted on <paramref name="document"/>, in document order.</summary>
    internal static IReadOnlyList<MarkdownWarning> Of(MarkdownDocument document) =>
        document.GetData(Key) is List<MarkdownWarning> warnings
            ? [.. warnings.OrderBy(w => w.Line).ThenBy(w => w.Column)]
            : [];
}
