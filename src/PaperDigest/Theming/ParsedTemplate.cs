using PaperDigest.Diagnostics;
using Scriban;

namespace PaperDigest.Theming;

/// <summary>A theme file parsed once: its relative path, how messages name it, and the Scriban template.</summary>
internal sealed record ParsedTemplate(string Path, SourcePath Display, Template Template);
