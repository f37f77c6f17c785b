using System.Collections.Immutable;
using PaperDigest.Diagnostics;

namespace PaperDigest.Scaffolding;

/// <summary>One BibTeX entry such as <c>@article{key, ...}</c>: its type in lower case, its key and its fields in order.</summary>
internal sealed record BibTexRecord(string Type, string Key, SourceLocation Location, ImmutableArray<BibTexField> Fields)
{
    /// <summary>The value of a field (names are compared in lower case), or null.</summary>
    public string? this[string name] => Field(name)?.Value;

    public BibTexField? Field(string name) =>
        Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
