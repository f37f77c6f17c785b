namespace PaperDigest.Diagnostics;

/// <summary>Collects the diagnostics of one stage for one file; not shared between threads.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];

    public IReadOnlyList<Diagnostic> Items => items;

    public bool HasErrors => items.Exists(d => d.IsError);

    public void Add(Diagnostic diagnostic) => items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => items.AddRange(diagnostics);

    public void Error(SourceLocation location, string code, string message) =>
        items.Add(Diagnostic.Error(location, code, message));

    public void Warning(SourceLocation location, string code, string message) =>
        items.Add(Diagnostic.Warning(location, code, message));
}
