namespace PaperDigest.Writing;

/// <summary>Two outputs claimed the same file, for example a static file and a generated page.</summary>
internal sealed class OutputConflictException(string relativePath)
    : IOException($"two outputs want to write '{relativePath}'; rename or remove one of them")
{
    public string RelativePath { get; } = relativePath;
}
