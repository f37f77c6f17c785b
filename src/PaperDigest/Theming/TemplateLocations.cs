using PaperDigest.Diagnostics;
using Scriban.Parsing;

namespace PaperDigest.Theming;

/// <summary>Scriban's spans (zero-based, named by the parsed file) as the build's one-based source locations.</summary>
internal static class TemplateLocations
{
    /// <param name="file">The template the span is in, unless the span names another (an included partial).</param>
    public static SourceLocation Of(SourceSpan span, SourcePath file) =>
        new(string.IsNullOrEmpty(span.FileName) || span.FileName == file.ToString() ? file : SourcePath.Given(span.FileName), span.Start.Line + 1, span.Start.Column + 1);
}
