using PaperDigest.Incremental;

namespace PaperDigest.Rendering;

/// <summary>
/// A paper's rendered write-up: where it lies in a <see cref="WriteUpStore"/>, read back when a page or feed needs it,
/// or (for HTML made in memory, as tests do, by converting a string) the text itself.
/// </summary>
internal sealed class WriteUpHtml
{
    private readonly string? text;

    private Fingerprint identity;

    internal WriteUpHtml(WriteUpStore store, long offset, int length, Fingerprint identity)
    {
        Store = store;
        Offset = offset;
        Length = length;
        this.identity = identity;
    }

    private WriteUpHtml(string text)
    {
        this.text = text;
        Length = -1;
    }

    /// <summary>The fingerprint of the HTML's UTF-8 bytes: what an output's key takes from it, without reading it back.</summary>
    public Fingerprint Identity
    {
        get
        {
            if (identity.IsNone)
            {
                identity = Fingerprint.Of(System.Text.Encoding.UTF8.GetBytes(Read()));
            }

            return identity;
        }
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
