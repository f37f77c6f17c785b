using PaperDigest.Rendering;

namespace PaperDigest.Theming;

/// <summary>
/// HTML that PaperDigest produced itself and a template may write as it is: a rendered write-up, a rendered template
/// or partial, JSON-LD serialised for a <c>&lt;script&gt;</c> element. Every other value a template writes is escaped.
/// Nothing becomes trusted because of where it came from, only by being built as this type.
/// </summary>
internal sealed class TrustedHtml
{
    private string? html;

    public TrustedHtml(string html) => this.html = html;

    /// <summary>A rendered write-up, read from its store only when a template writes it.</summary>
    public TrustedHtml(WriteUpHtml writeUp) => WriteUp = writeUp;

    /// <summary>The HTML itself.</summary>
    public string Html => html ??= WriteUp!.Read();

    /// <summary>The write-up this HTML is, if it is one: an output's key takes its fingerprint instead of its text.</summary>
    public WriteUpHtml? WriteUp { get; }

    /// <summary>The HTML itself; a trusted value that passes through a filter becomes a plain string, which is escaped again.</summary>
    public override string ToString() => Html;

    public override bool Equals(object? obj) => obj is TrustedHtml other && other.Html == Html;

    public override int GetHashCode() => Html.GetHashCode(StringComparison.Ordinal);
}
