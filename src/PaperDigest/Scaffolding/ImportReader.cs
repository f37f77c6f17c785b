using System.Collections.Immutable;
using System.Text;
using PaperDigest.Diagnostics;

namespace PaperDigest.Scaffolding;

/// <summary>Reads the papers of a saved BibTeX or arXiv Atom file, telling the two apart by content, then by extension.</summary>
internal static class ImportReader
{
    public const int MaxFileBytes = 32 * 1024 * 1024;

    /// <summary>The most entries one file may hold; a file with more is refused (split it).</summary>
    public const int MaxPapers = 100_000;

    /// <summary>
    /// The most characters one value may have: a BibTeX field with its @string names expanded, an Atom text. An author
    /// list of a few thousand names fits.
    /// </summary>
    public const int MaxValueLength = 1_000_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>XML when the text starts with '&lt;'; BibTeX when it has an '@'; else by the extension (.atom, .xml).</summary>
    public static ImportFormat Detect(string path, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var start = bytes.IndexOfAnyExcept(" \t\r\n"u8);
        if (start >= 0 && bytes[start] == (byte)'<')
        {
            return ImportFormat.ArxivAtom;
        }

        if (start >= 0 && bytes.Contains((byte)'@'))
        {
            return ImportFormat.BibTex;
        }

        return Path.GetExtension(path).ToLowerInvariant() is ".atom" or ".xml" ? ImportFormat.ArxivAtom : ImportFormat.BibTex;
    }

    /// <param name="path">How diagnostics name the file.</param>
    /// <param name="bytes">The file's content.</param>
    public static ImportReadResult Read(string path, byte[] bytes)
    {
        if (bytes.Length > MaxFileBytes)
        {
            return Failed(path, $"the file is {bytes.Length:N0} bytes; at most {MaxFileBytes:N0} can be imported at once");
        }

        if (Detect(path, bytes) == ImportFormat.ArxivAtom)
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return ArxivAtomReader.Read(stream, path);
        }

        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        string text;
        Diagnostic? latin1 = null;
        try
        {
            text = StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            // Older .bib files are often Latin-1; every byte is a Latin-1 character, so nothing is lost.
            text = Encoding.Latin1.GetString(span);
            latin1 = Diagnostic.Warning(SourceLocation.StartOf(SourcePath.Given(path)), ScaffoldingCodes.NotUtf8,
                "the file is not valid UTF-8; it was read as Latin-1 (ISO 8859-1)");
        }

        var result = BibTexImport.Read(text, path);
        return latin1 is null ? result : result with { Diagnostics = result.Diagnostics.Insert(0, latin1) };
    }

    private static ImportReadResult Failed(string path, string message) =>
        new([], [Diagnostic.Error(SourceLocation.StartOf(SourcePath.Given(path)), ScaffoldingCodes.ImportFileUnusable, message)]);
}
