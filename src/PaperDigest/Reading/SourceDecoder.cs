using System.Text;
using PaperDigest.Diagnostics;

namespace PaperDigest.Reading;

/// <summary>Turns the bytes of an input file into text, or into a diagnostic saying why it cannot.</summary>
public static class SourceDecoder
{
    /// <summary>Entries are short write-ups; anything bigger is a mistake (a pasted PDF, a binary) and is refused.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceFile? Decode(string displayPath, string relativePath, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        var start = SourceLocation.StartOf(displayPath);
        if (bytes.Length > MaxFileBytes)
        {
            diagnostics.Error(start, DiagnosticCodes.FileTooLarge,
                $"file is {bytes.Length:N0} bytes; an input file may be at most {MaxFileBytes:N0} bytes");
            return null;
        }

        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Error(LocationOf(displayPath, bytes, nul), DiagnosticCodes.BinaryFile,
                "file contains a NUL byte; it looks binary, not a UTF-8 text file");
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = ex.Index >= 0 ? ex.Index : FirstInvalidUtf8(bytes);
            diagnostics.Error(LocationOf(displayPath, bytes, offset), DiagnosticCodes.InvalidUtf8,
                "file is not valid UTF-8; save it with UTF-8 encoding");
            return null;
        }

        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            text = text.Normalize(NormalizationForm.FormC);
        }

        return new SourceFile(displayPath, relativePath, text);
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? 0 : read;
    }

    private static SourceLocation LocationOf(string path, ReadOnlySpan<byte> bytes, int offset)
    {
        offset = Math.Clamp(offset, 0, bytes.Length);
        var before = bytes[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return new SourceLocation(path, line, offset - lineStart + 1);
    }
}
