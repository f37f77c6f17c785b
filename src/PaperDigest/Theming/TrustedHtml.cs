using System.Text;
using PaperDigest.Rendering;

namespace PaperDigest.Theming;

/// <summary>
/// HTML that PaperDigest produced itself and a template may write as it is: a rendered write-up, a rendered template
/// or partial, JSON-LD serialised for a <c>&lt;script&gt;</c> element. Every other value a template writes is escaped.
/// Nothing becomes trusted because of where it came from, only by being built as this type.
/// </summary>
internal sealed class TrustedHtml
{
    private readonly StringBuilder? body;
    private string? html;

    public TrustedHtml(string html) => this.html = html;

    /// <summary>
    /// A page's body as its template wrote it into the thread's buffer (<see cref="PageRenderContext.BodyOutput"/>):
    /// valid only while the layout around it renders, which copies it from there.
    /// </summary>
    public TrustedHtml(StringBuilder body) => this.body = body;

    /// <summary>A rendered write-up, read from its store only when a template writes it.</summary>
    public TrustedHtml(WriteUpHtml writeUp) => WriteUp = writeUp;

    /// <summary>The HTML itself.</summary>
    public string Html => html ??= body?.ToString() ?? WriteUp!.Read();

    /// <summary>The write-up this HTML is, if it is one: whether an output changed is told by its fingerprint instead of its text.</summary>
    public WriteUpHtml? WriteUp { get; }

    /// <summary>The HTML itself; a trusted value that passes through a filter becomes a plain string, which is escaped again.</summary>
    public override string ToString() => Html;

    /// <summary>Appends the HTML to <paramref name="output"/>; a body is copied from its buffer, not made a string first.</summary>
    public void WriteTo(StringBuilder output)
    {
        if (html is null && body is not null)
        {
            output.Append(body);
        }
        else
        {
            output.Append(Html);
        }
    }

    public override bool Equals(object? obj) => obj is TrustedHtml other && other.Html == Html;

    public override int GetHashCode() => Html.GetHashCode(StringComparison.Ordinal);
}
