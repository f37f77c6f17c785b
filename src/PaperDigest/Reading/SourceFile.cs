using PaperDigest.Diagnostics;

namespace PaperDigest.Reading;

/// <summary>
/// An input file's decoded text: BOM removed, line endings normalised to <c>\n</c>, NFC-normalised. <see cref="Path"/>
/// names it by its path inside the input folder, and the folder as this run was given it for messages.
/// </summary>
internal sealed record SourceFile(SourcePath Path, string Text)
{
    /// <summary>How diagnostics name the file: the input folder as the user gave it, then the path inside it.</summary>
    public string DisplayPath => Path.ToString();

    /// <summary>Its path inside the input folder.</summary>
    public string RelativePath => Path.Path;
}
