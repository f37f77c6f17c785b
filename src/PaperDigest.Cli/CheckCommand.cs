using PaperDigest.Building;

namespace PaperDigest.Cli;

/// <summary><c>paperdigest check</c>: every validation of the build, writing nothing.</summary>
internal static class CheckCommand
{
    /// <param name="theme"><c>--theme</c>, or null for <c>theme/</c> in the input folder, if there is one.</param>
    public static int Run(string input, string? theme, bool drafts, OutputFormat format)
    {
        var problem = InputPaths.Problem(input, theme, null);
        if (problem is not null)
        {
            Console.Error.WriteLine($"paperdigest: {problem}");
            return ExitCodes.Usage;
        }

        var (content, diagnostics) = SiteBuilder.Check(CommandLine.Options(input, theme, "output", drafts, null));
        DiagnosticPrinter.Print(diagnostics, format);
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        if (content is null || errors > 0)
        {
            Console.Error.WriteLine($"Check failed: {BuildCommand.Count(errors, "error")}, {BuildCommand.Count(warnings, "warning")}.");
            return ExitCodes.ContentErrors;
        }

        Console.WriteLine($"Checked {BuildCommand.Count(content.Papers.Length, "paper")} and {BuildCommand.Count(content.Pages.Length, "page")}: no errors, {BuildCommand.Count(warnings, "warning")}.");
        return ExitCodes.Success;
    }
}
