using PaperDigest.Diagnostics;

namespace PaperDigest.Theming;

/// <summary>A template failed while rendering; carries where, for the diagnostic.</summary>
internal sealed class ThemeException(SourceLocation location, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public SourceLocation Location { get; } = location;
}
