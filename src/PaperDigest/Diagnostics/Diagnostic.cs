namespace PaperDigest.Diagnostics;

/// <summary>One problem found in the inputs, reported as data rather than thrown.</summary>
internal sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message)
{
    public static Diagnostic Error(SourceLocation location, string code, string message) =>
        new(location, Severity.Error, code, Printable(message));

    public static Diagnostic Warning(SourceLocation location, string code, string message) =>
        new(location, Severity.Warning, code, Printable(message));

    /// <summary>
    /// Messages quote what editors wrote; control characters in it are shown escaped (<c>\n</c>, <c>\u001B</c>)
    /// so one diagnostic stays one line and nothing reaches the terminal as a control sequence.
    /// </summary>
    public static string Printable(string message)
    {
        if (!message.Any(char.IsControl))
        {
            return message;
        }

        var builder = new System.Text.StringBuilder(message.Length + 8);
        foreach (var c in message)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    public bool IsError => Severity == Severity.Error;

    /// <summary>The compiler-style line editors and CI annotators read: <c>path:line:col: error PD0103: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
