using PaperDigest.Diagnostics;

namespace PaperDigest.Scaffolding;

/// <summary>One <c>name = value</c> of a BibTeX entry: name in lower case, value with macros expanded and
/// <c>#</c> pieces joined, still TeX (see <see cref="TexToUnicode"/>).</summary>
internal sealed record BibTexField(string Name, string Value, SourceLocation Location);
