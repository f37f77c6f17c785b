using PaperDigest.Diagnostics;

namespace PaperDigest.Cli.Serve;

/// <summary>One diagnostic as the browser overlay and <c>/__paperdigest/status</c> show it.</summary>
/// <param name="Text">The compiler-style line: <c>path:line:col: error PD0103: message</c>.</param>
internal sealed record StatusDiagnostic(string Path, int Line, int Column, string Severity, string Code, string Message, string Text)
{
    public static StatusDiagnostic From(Diagnostic diagnostic) => new(
        diagnostic.Location.Path,
        diagnostic.Location.Line,
        diagnostic.Location.Column,
        diagnostic.IsError ? "error" : "warning",
        diagnostic.Code,
        diagnostic.Message,
        diagnostic.ToString());
}
