using PaperDigest.Diagnostics;

namespace PaperDigest.Cli;

/// <summary>Checks the folders a command was given before anything is read: mistakes here are usage errors (exit 2).</summary>
internal static class InputPaths
{
    /// <param name="theme">The theme folder <c>--theme</c> names, which must exist; null for the default, which may be absent.</param>
    public static string? Problem(string input, string? theme, string? output)
    {
        if (!Directory.Exists(input))
        {
            return $"input folder '{input}' does not exist (pass --input to name the digest's folder)";
        }

        if (theme is not null && !Directory.Exists(theme))
        {
            return $"theme folder '{theme}' does not exist (pass --theme to name it)";
        }

        return output is not null && OutputPaths.Problem(output, input, CommandLine.ThemeFolder(input, theme)) is { } problem
            ? $"error {DiagnosticCodes.OutputRefused}: {problem}"
            : null;
    }
}
