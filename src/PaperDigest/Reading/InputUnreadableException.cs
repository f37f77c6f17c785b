using PaperDigest.Diagnostics;

namespace PaperDigest.Reading;

/// <summary>An input file that could not be read while the site was being written; the build reports <see cref="Diagnostic"/>.</summary>
internal sealed class InputUnreadableException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
