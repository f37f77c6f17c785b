using PaperDigest.Diagnostics;
using Spectre.Console;

namespace PaperDigest.Cli;

/// <summary>
/// Prints diagnostics to stderr, one per line as <c>path:line:col: error PD0103: message</c>; coloured on a
/// terminal (Spectre.Console, which honours NO_COLOR), plain when redirected so tools can parse every line.
/// With <c>github</c> format, as workflow commands that annotate pull requests, on stdout, where the runner reads
/// them: the one output of PaperDigest that is a diagnostic on stdout. Warnings are printed with the errors.
/// </summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, OutputFormat format = OutputFormat.Text)
    {
        // Spectre.Console starts only when there is something to colour.
        IAnsiConsole? console = null;
        foreach (var diagnostic in diagnostics)
        {
            if (format == OutputFormat.GitHub)
            {
                var location = diagnostic.Location;
                var kind = diagnostic.IsError ? "error" : "warning";
                Console.Out.WriteLine(
                    $"::{kind} file={Escape(location.Path, true)},line={location.Line},col={location.Column},title={diagnostic.Code}::{Escape(diagnostic.Message, false)}");
            }
            else if (Console.IsErrorRedirected)
            {
                Console.Error.WriteLine(diagnostic.ToString());
            }
            else
            {
                console ??= Terminal.Error;
                var colour = diagnostic.IsError ? "red" : "yellow";
                var kind = diagnostic.IsError ? "error" : "warning";
                console.MarkupLine($"[bold]{Markup.Escape(diagnostic.Location.ToString())}[/]: [{colour}]{kind} {diagnostic.Code}[/]: {Markup.Escape(diagnostic.Message)}");
            }
        }
    }

    /// <summary>GitHub workflow command escaping: %, CR and LF everywhere, and ':' and ',' in properties.</summary>
    private static string Escape(string text, bool property)
    {
        var escaped = text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
        return property ? escaped.Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal) : escaped;
    }
}
