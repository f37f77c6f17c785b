namespace PaperDigest.Reading;

/// <summary>
/// An input file's decoded text: BOM removed, line endings normalised to <c>\n</c>, NFC-normalised.
/// <see cref="DisplayPath"/> is how diagnostics name the file (the input folder as the user gave it, then
/// the path inside it, with forward slashes); <see cref="RelativePath"/> is its path inside the input folder.
/// </summary>
internal sealed record SourceFile(string DisplayPath, string RelativePath, string Text);
