using PaperDigest.Incremental;
using PaperDigest.Rendering.Links;

namespace PaperDigest.Rendering;

/// <summary>
/// A paper's rendered write-up: where it lies in a <see cref="WriteUpStore"/>, read back when a page or feed needs it,
/// or (for HTML made in memory, as tests do, by converting a string) the text itself; and where its URLs relative to
/// the site begin, which feeds make absolute.
/// </summary>
internal sealed class WriteUpHtml
{
    private readonly string? text;

    private Fingerprint identity;

    internal WriteUpHtml(WriteUpStore store, long offset, int length, Fingerprint identity, RelativeUrls urls, bool hasMath)
    {
        Store = store;
        Offset = offset;
        Length = length;
        this.identity = identity;
        Urls = urls;
        HasMath = hasMath;
    }

    private WriteUpHtml(string text)
    {
        this.text = text;
        Length = -1;
        Urls = RelativeUrls.None;
        HasMath = HoldsMath(text);
    }

    /// <summary>The fingerprint of the HTML's UTF-8 bytes: what tells whether an output made from it changed, without reading it back.</summary>
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

    /// <summary>
    /// Where the HTML's URLs relative to the site begin (none are known for HTML converted from a string). They follow
    /// from the HTML, so its <see cref="Identity"/> covers them too.
    /// </summary>
    public RelativeUrls Urls { get; }

    /// <summary>
    /// Whether the HTML holds a MathML formula, so its page needs the math font and style sheet. It follows from the
    /// HTML, so its <see cref="Identity"/> covers it too.
    /// </summary>
    public bool HasMath { get; }

    /// <summary>Whether rendered HTML holds a <c>&lt;math&gt;</c> element (a formula shown as its TeX is none).</summary>
    public static bool HoldsMath(string html)
    {
        for (var at = html.IndexOf("<math", StringComparison.Ordinal); at >= 0; at = html.IndexOf("<math", at + 5, StringComparison.Ordinal))
        {
            if (at + 5 < html.Length && html[at + 5] is ' ' or '>')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The HTML's size in UTF-8 bytes, known without reading it from the store.</summary>
    public int Utf8Length => text is null ? Length : System.Text.Encoding.UTF8.GetByteCount(text);

    public static implicit operator WriteUpHtml(string html) => new(html);

    public string Read() => text ?? Store!.Read(Offset, Length);
}
