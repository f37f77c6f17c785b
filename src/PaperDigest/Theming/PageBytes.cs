using System.Text;

namespace PaperDigest.Theming;

/// <summary>
/// A rendered page as the UTF-8 bytes of its file, encoded straight from the renderer's buffer into one this thread
/// keeps: no string of the whole page and no array of its bytes is made per page. The bytes are those
/// <see cref="UTF8Encoding"/> gives for the same text (a lone surrogate becomes U+FFFD).
/// </summary>
internal static class PageBytes
{
    /// <summary>A buffer beyond this is used for its page only, not kept for the thread's next one.</summary>
    private const int MaxKept = 1 << 20;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [ThreadStatic]
    private static byte[]? kept;

    [ThreadStatic]
    private static Encoder? encoder;

    /// <summary>The text's bytes, valid until this thread encodes its next page.</summary>
    public static ReadOnlySpan<byte> Of(StringBuilder text)
    {
        var buffer = Buffer(Utf8.GetMaxByteCount(text.Length));
        var utf8 = encoder ??= Utf8.GetEncoder();
        utf8.Reset();
        var written = 0;
        foreach (var chunk in text.GetChunks())
        {
            // A surrogate pair split between chunks is held by the encoder until its second half.
            written += utf8.GetBytes(chunk.Span, buffer.AsSpan(written), flush: false);
        }

        written += utf8.GetBytes([], buffer.AsSpan(written), flush: true);
        return buffer.AsSpan(0, written);
    }

    /// <inheritdoc cref="Of(StringBuilder)"/>
    public static ReadOnlySpan<byte> Of(string text)
    {
        var buffer = Buffer(Utf8.GetMaxByteCount(text.Length));
        return buffer.AsSpan(0, Utf8.GetBytes(text, buffer));
    }

    private static byte[] Buffer(int needed)
    {
        if (kept is { } buffer && buffer.Length >= needed)
        {
            return buffer;
        }

        var made = GC.AllocateUninitializedArray<byte>(Math.Max(needed, 64 * 1024));
        if (made.Length <= MaxKept)
        {
            kept = made;
        }

        return made;
    }
}
