using PaperDigest.Diagnostics;

namespace PaperDigest.Reading;

/// <summary>The first stage: finds and decodes the files of an input folder. The only stage that reads input files.</summary>
internal static class InputReader
{
    /// <summary>
    /// Lists files below <paramref name="folder"/> (relative to <paramref name="inputRoot"/>) with the given extension,
    /// in ordinal order, as <see cref="InputTree.Scan"/> admits them; its problems are for whoever scans the whole tree.
    /// </summary>
    public static IReadOnlyList<string> List(string inputRoot, string folder, string? extension) =>
        InputTree.Scan(inputRoot).In(folder, extension);

    public static string DisplayPath(string inputRoot, string relativePath)
    {
        var root = inputRoot.Replace('\\', '/').TrimEnd('/');
        return root is "" or "." ? relativePath : root + "/" + relativePath;
    }

    /// <summary>Reads and decodes one file; a problem becomes a diagnostic and the result is null.</summary>
    public static SourceFile? Read(string inputRoot, string relativePath, DiagnosticBag diagnostics)
    {
        var bytes = InputGate.ReadBytes(inputRoot, relativePath, SourceDecoder.MaxFileBytes, diagnostics);
        return bytes is null ? null : SourceDecoder.Decode(SourcePath.InInput(inputRoot, relativePath), bytes, diagnostics);
    }
}
