using PaperDigest.Diagnostics;

namespace PaperDigest.Tests.Fuzzing;

/// <summary>Where diagnostics of a fuzzed input may point: at the file, on a line and column inside it.</summary>
internal static class DiagnosticPlaces
{
    /// <summary>Null when every diagnostic names <paramref name="path"/> inside <paramref name="bytes"/> and is one printable line; else what is wrong.</summary>
    public static string? Problem(IEnumerable<Diagnostic> diagnostics, string path, byte[] bytes)
    {
        // An upper bound: "\r\n" counts twice, as a lone '\r' may end a line too.
        var lines = 1 + bytes.Count(b => b is (byte)'\n' or (byte)'\r');
        foreach (var diagnostic in diagnostics)
        {
            var location = diagnostic.Location;
            if (location.Path != path || location.Line < 1 || location.Line > lines || location.Column < 1)
            {
                return $"{diagnostic.Code} points outside the file ({location} in {lines} lines)";
            }

            if (diagnostic.Message.Any(char.IsControl))
            {
                return $"{diagnostic.Code} quotes a control character unescaped";
            }
        }

        return null;
    }
}
