using PaperDigest.Diagnostics;

namespace PaperDigest.Reading;

/// <summary>The first stage: finds and decodes the files of an input folder. The only stage that reads input files.</summary>
public static class InputReader
{
    /// <summary>Lists files below <paramref name="folder"/> (relative to <paramref name="inputRoot"/>) with the given extension, in ordinal order.</summary>
    public static IReadOnlyList<string> List(string inputRoot, string folder, string? extension)
    {
        var dir = Path.Combine(inputRoot, folder);
        if (!Directory.Exists(dir))
        {
            return [];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        return Directory.EnumerateFiles(dir, "*", options)
            .Where(f => extension is null || f.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            .Select(f => Path.GetRelativePath(inputRoot, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// What <see cref="List(string, string, string?)"/> gives, taken from <paramref name="everything"/> (that list of the
    /// whole input folder, <c>List(inputRoot, ".", null)</c>) when it names files in <paramref name="folder"/> spelt as here.
    /// </summary>
    public static IReadOnlyList<string> List(string inputRoot, string folder, string? extension, IReadOnlyList<string>? everything)
    {
        var prefix = folder + "/";
        if (everything is null || !everything.Any(f => f.StartsWith(prefix, StringComparison.Ordinal)))
        {
            // Nothing there, or a folder spelt otherwise that a case-insensitive file system would still find.
            return List(inputRoot, folder, extension);
        }

        return everything.Where(f => f.StartsWith(prefix, StringComparison.Ordinal) && (extension is null || f.EndsWith(extension, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    public static string DisplayPath(string inputRoot, string relativePath)
    {
        var root = inputRoot.Replace('\\', '/').TrimEnd('/');
        return root is "" or "." ? relativePath : root + "/" + relativePath;
    }

    /// <summary>Reads and decodes one file; a problem becomes a diagnostic and the result is null.</summary>
    public static SourceFile? Read(string inputRoot, string relativePath, DiagnosticBag diagnostics)
    {
        var display = DisplayPath(inputRoot, relativePath);
        byte[] bytes;
        try
        {
            var full = Path.Combine(inputRoot, relativePath);
            var info = new FileInfo(full);
            if (info.Length > SourceDecoder.MaxFileBytes)
            {
                diagnostics.Error(SourceLocation.StartOf(display), DiagnosticCodes.FileTooLarge,
                    $"file is {info.Length:N0} bytes; an input file may be at most {SourceDecoder.MaxFileBytes:N0} bytes");
                return null;
            }

            bytes = File.ReadAllBytes(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.StartOf(display), DiagnosticCodes.CannotRead, $"cannot read file: {ex.Message}");
            return null;
        }

        return SourceDecoder.Decode(display, relativePath, bytes, diagnostics);
    }
}
