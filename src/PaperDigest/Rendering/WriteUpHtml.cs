namespace PaperDigest.Rendering;

/// <summary>
/// A paper's rendered write-up: where it lies in a <see cref="WriteUpStore"/>, read back when a page or feed needs it,
/// or (for HTML made in memory, as tests do, by converting a string) the text itself.
/// </summary>
internal sealed class WriteUpHtml
{
    private readonly string? text;

    internal WriteUpHtml(WriteUpStore store, long offset, int length)
    {
        Store = store;
        Offset = offset;
        Length = length;
    }

    private WriteUpHtml(string text)
    {
        this.text = text;
        Length = -1;
    }

    /// <summary>The store holding the HTML; null for HTML held in memory.</summary>
    public WriteUpStore? Store { get; }

    public long Offset { get; }

    /// <summary>Length in UTF-8 bytes in the store.</summary>
    public int Length { get; }

    /// <summary>The HTML's size in UTF-8 bytes, known without reading it from the store.</summary>
    public int Utf8Length => text is null ? Length : System.Text.Encoding.UTF8.GetByteCount(text);

    public static implicit operator WriteUpHtml(string html) => new(html);

    public string Read() => text ?? Store!.Read(Offset, Length);
}
