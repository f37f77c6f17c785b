using PaperDigest.Diagnostics;
using Scriban.Parsing;

namespace PaperDigest.Theming;

/// <summary>Scriban's spans (zero-based, named by the parsed file) as the build's one-based source locations.</summary>
internal static class TemplateLocations
{
    public static SourceLocation Of(SourceSpan span, string fallbackPath) =>
        new(string.IsNullOrEmpty(span.FileName) ? fallbackPath : span.FileName, span.Start.Line + 1, span.Start.Column + 1);
}
