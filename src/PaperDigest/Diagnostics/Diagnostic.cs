namespace PaperDigest.Diagnostics;

/// <summary>One problem found in the inputs, reported as data rather than thrown.</summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message)
{
    public static Diagnostic Error(SourceLocation location, string code, string message) =>
        new(location, Severity.Error, code, message);

    public static Diagnostic Warning(SourceLocation location, string code, string message) =>
        new(location, Severity.Warning, code, message);

    public bool IsError => Severity == Severity.Error;

    /// <summary>The compiler-style line editors and CI annotators read: <c>path:line:col: error PD0103: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
