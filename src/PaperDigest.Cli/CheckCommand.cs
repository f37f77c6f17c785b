using System.Globalization;
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

        Console.WriteLine($"Checked {BuildCommand.Count(content.Papers.Length, "paper")} and {BuildCommand.Count(content.Pages.Length, "page")}: no errors, {BuildCommand.Count(warnings, "warning")}{UnknownVenueKinds(content)}{TitleAddresses(content)}.");
        return ExitCodes.Success;
    }

    /// <summary>
    /// How many entries have neither <c>slug</c> nor <c>arxiv</c>, so their address (and feed id) follows their title and
    /// moves if it is edited or an arXiv id is added: counted in the summary rather than warned about entry by entry, as
    /// nothing is wrong until it moves (then a <c>PD0127</c> warning names the entry).
    /// </summary>
    private static string TitleAddresses(DigestContent content)
    {
        var count = content.Papers.Count(p => !p.ExplicitSlug && p.Arxiv is null);
        return count == 0
            ? ""
            : string.Create(CultureInfo.InvariantCulture,
                $"; {count:N0} {(count == 1 ? "entry" : "entries")} without 'slug' or 'arxiv', whose address follows the title (write its 'slug' to keep it)");
    }

    /// <summary>
    /// How many entries name a venue whose kind is not known (a shorthand the kind could not be inferred from, or a
    /// mapping without <c>kind</c>), whose citations then claim no journal or conference: counted in the summary
    /// rather than warned about entry by entry.
    /// </summary>
    private static string UnknownVenueKinds(DigestContent content)
    {
        var count = content.Papers.Count(p => p.Venue is { Kind: null });
        return count == 0
            ? ""
            : string.Create(CultureInfo.InvariantCulture,
                $"; {count:N0} {(count == 1 ? "entry" : "entries")} with a venue of unknown kind (write the venue as a mapping with a kind to type its citations)");
    }
}
