using System.Globalization;
using PaperDigest.Building;

namespace PaperDigest.Cli;

/// <summary><c>paperdigest build</c>: builds the site, prints diagnostics and one summary line.</summary>
internal static class BuildCommand
{
    public static int Run(
        string input, string? theme, string output, bool drafts, string? baseUrlText, bool strict = false, bool timings = false, int lockWaitSeconds = LockWait.DefaultSeconds)
    {
        var (baseUrl, urlProblem) = CommandLine.ParseBaseUrl(baseUrlText);
        var problem = urlProblem ?? CommandLine.LockWaitProblem(lockWaitSeconds) ?? InputPaths.Problem(input, theme, output);
        if (problem is not null)
        {
            Console.Error.WriteLine($"paperdigest: {problem}");
            return ExitCodes.Usage;
        }

        var options = CommandLine.Options(input, theme, output, drafts, baseUrl) with { Strict = strict };
        return LockWait.Run(output, "paperdigest build", TimeSpan.FromSeconds(lockWaitSeconds), () => Build(options, timings));
    }

    private static int Build(BuildOptions options, bool timings)
    {
        var output = options.OutputRoot;
        BuildResult result;
        var stages = new StageTimer();
        try
        {
            using var held = HeldCollections.For(options);
            result = Interactive
                ? RunWithProgress(options, stages)
                : SiteBuilder.Build(options, stages.Enter);
        }
#pragma warning disable CA1031 // The last line of defence: a bug must still end in a message, not a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"paperdigest: internal error while building ({ex.GetType().Name}: {ex.Message}); '{output}' was left as it was. Please report this.");
            return ExitCodes.ContentErrors;
        }

        stages.Stop();
        if (timings)
        {
            stages.Print(Console.Error);
            if (result.Succeeded)
            {
                // Files whose inputs were unchanged were neither made nor written; files made with the bytes they had were not written.
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Files made: {result.Made:N0} of {result.Files:N0} (the others kept unmade, as their inputs were unchanged); written: {result.Written:N0}."));
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Entries parsed afresh: {result.EntriesParsed:N0} of {result.Entries:N0} (the others taken from the build cache)."));
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Related papers searched again: {result.RelatedSearched:N0} of {result.Papers:N0} (the others kept or rescored)."));
            }
        }

        DiagnosticPrinter.Print(result.Diagnostics);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine(
                $"Build failed: {Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")}. Nothing was written; '{output}' is unchanged.");
            return ExitCodes.ContentErrors;
        }

        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        Console.WriteLine(
            $"Built {Count(result.Papers, "paper")} into '{output}': {Count(result.Pages, "page")}, {Count(result.Feeds, "feed")}, {Count(result.Files, "file")} ({result.Written.ToString("N0", CultureInfo.InvariantCulture)} written) in {seconds} s"
            + (result.WarningCount > 0 ? $" ({Count(result.WarningCount, "warning")})" : ""));
        return ExitCodes.Success;
    }

    private static bool Interactive => !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;

    private static BuildResult RunWithProgress(BuildOptions options, StageTimer stages)
    {
        using var progress = new BuildProgress();
        return SiteBuilder.Build(options, stage =>
        {
            stages.Enter(stage);
            progress.Enter(stage);
        });
    }

    public static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n:N0} {noun}{(n == 1 ? "" : "s")}");
}
