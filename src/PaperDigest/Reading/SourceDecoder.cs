using System.Text;
using PaperDigest.Diagnostics;

namespace PaperDigest.Reading;

/// <summary>Turns the bytes of an input file into text, or into a diagnostic saying why it cannot.</summary>
internal static class SourceDecoder
{
    /// <summary>Entries are short write-ups; anything bigger is a mistake (a pasted PDF, a binary) and is refused.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceFile? Decode(SourcePath path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        var start = SourceLocation.StartOf(path);
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
            diagnostics.Error(LocationOf(path, bytes, nul), DiagnosticCodes.BinaryFile,
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
            diagnostics.Error(LocationOf(path, bytes, offset), DiagnosticCodes.InvalidUtf8,
                "file is not valid UTF-8; save it with UTF-8 encoding");
            return null;
        }

        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var nonCharacter = FirstNonCharacter(text);
        if (nonCharacter >= 0)
        {
            var line = text.AsSpan(0, nonCharacter).Count('\n') + 1;
            var column = nonCharacter - text.LastIndexOf('\n', Math.Max(0, nonCharacter - 1)) ;
            diagnostics.Error(new SourceLocation(path, line, Math.Max(1, column)), DiagnosticCodes.InvalidUtf8,
                $"file contains U+{char.ConvertToUtf32(text, nonCharacter):X4}, which is not a character; remove it");
            return null;
        }

        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            text = text.Normalize(NormalizationForm.FormC);
        }

        return new SourceFile(path, text);
    }

    /// <summary>The index of the first Unicode non-character (U+FFFE, U+FDD0...), which normalisation refuses; -1 if none.</summary>
    private static int FirstNonCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF')
            {
                return i;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if ((char.ConvertToUtf32(c, text[i + 1]) & 0xFFFE) == 0xFFFE)
                {
                    return i;
                }

                i++;
            }
        }

        return -1;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? 0 : read;
    }

    private static SourceLocation LocationOf(SourcePath path, ReadOnlySpan<byte> bytes, int offset)
    {
        offset = Math.Clamp(offset, 0, bytes.Length);
        var before = bytes[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        // Columns count characters, as editors see them, not bytes.
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return new SourceLocation(path, line, column);
    }
}
