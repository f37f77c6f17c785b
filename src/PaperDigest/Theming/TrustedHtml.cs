namespace PaperDigest.Theming;

/// <summary>
/// HTML that PaperDigest produced itself and a template may write as it is: a rendered write-up, a rendered template
/// or partial, JSON-LD serialised for a <c>&lt;script&gt;</c> element. Every other value a template writes is escaped.
/// Nothing becomes trusted because of where it came from, only by being built as this type.
/// </summary>
internal sealed record TrustedHtml(string Html)
{
    /// <summary>The HTML itself; a trusted value that passes through a filter becomes a plain string, which is escaped again.</summary>
    public override string ToString() => Html;
}
