using System.Globalization;
using PaperDigest.Building;

namespace PaperDigest.Cli.Serve;

/// <summary>
/// Runs one build of the site in the server's <see cref="BuildSession"/> (which keeps what builds share in memory, so a
/// rebuild looks again only at the changed files and renders only what they touch), prints its diagnostics and one
/// summary line, and publishes the new <see cref="BuildStatus"/> to open pages. Called by one thread at a time (the
/// first build, then the <see cref="RebuildScheduler"/>'s worker).
/// </summary>
/// <param name="previewer">Told of each successful build before the pages are, so it stops serving what the build replaced.</param>
internal sealed class SiteRebuilder(BuildSession session, LiveReloadHub hub, PagePreviewer? previewer = null)
{
    /// <summary>Tells this server's builds from those of an earlier run on the same port, for pages left open across a restart.</summary>
    private readonly string instance = Guid.NewGuid().ToString("N")[..8];

    private int builds;
    private string? version;

    /// <param name="changed">The paths a watcher reported since the last build; empty when not known (the first build), which looks at every file.</param>
    /// <param name="covered">The number of the last change the build covers (<see cref="RebuildScheduler.Covered"/>).</param>
    public BuildStatus Build(IReadOnlyCollection<string> changed, long covered = 0)
    {
        var number = ++builds;
        BuildStatus status;
        try
        {
            // The open pages the build leaves as they are need not reload.
            var before = previewer?.Showing();
            var result = session.Build(changed.Count == 0 ? null : changed);
            IReadOnlyList<string> unchanged = [];
            if (result.Succeeded)
            {
                version = string.Create(CultureInfo.InvariantCulture, $"{instance}.{number}");
                previewer?.Built(covered);
                unchanged = before is { } shown ? previewer!.Unchanged(shown) : [];
            }

            var summary = Summary(result, changed);
            status = new BuildStatus(number, result.Succeeded, version, summary, (long)result.Elapsed.TotalMilliseconds,
                [.. result.Diagnostics.Select(StatusDiagnostic.From)]) { Unchanged = unchanged, UnchangedSince = before?.Version };
            DiagnosticPrinter.Print(result.Diagnostics);
            Print(summary, result.Succeeded);
        }
#pragma warning disable CA1031 // A bug in one build must not end the server; it is shown like a build error.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var message = $"internal error while building ({ex.GetType().Name}: {ex.Message}); please report this";
            var summary = $"Build failed: {message}";
            status = new BuildStatus(number, false, version, summary, 0,
                [new StatusDiagnostic("", 0, 0, "error", "internal", message, $"error: {message}")]);
            Print(summary, false);
        }

        hub.Publish(status);
        return status;
    }

    private string Summary(BuildResult result, IReadOnlyCollection<string> changed)
    {
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);

        // Tools that save by writing a scratch file and renaming it (sed -i, some editors) leave a gone, extensionless
        // name behind: not worth naming.
        var named = changed.Where(p => Path.HasExtension(p) || File.Exists(p) || Directory.Exists(p)).ToList();
        var cause = named.Count switch
        {
            0 when changed.Count > 0 => " after a change",
            0 => "",
            1 => $" after a change to {named[0]}",
            _ => $" after changes to {named[0]} and {BuildCommand.Count(named.Count - 1, "other file")}",
        };
        var warnings = result.WarningCount > 0 ? $" ({BuildCommand.Count(result.WarningCount, "warning")})" : "";
        if (!result.Succeeded)
        {
            var serving = version is null ? "nothing to serve yet" : "still serving the last good build";
            return $"Build failed{cause}: {BuildCommand.Count(result.ErrorCount, "error")}, {BuildCommand.Count(result.WarningCount, "warning")}; {serving}, open pages show the errors.";
        }

        var verb = builds == 1 ? "Built" : "Rebuilt";
        return $"{verb} {BuildCommand.Count(result.Papers, "paper")}{cause}: {BuildCommand.Count(result.Pages, "page")}, {BuildCommand.Count(result.Feeds, "feed")}, {BuildCommand.Count(result.Files, "file")} in {seconds} s{warnings}";
    }

    private static void Print(string summary, bool succeeded)
    {
        var line = $"[{DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}] {summary}";
        if (succeeded)
        {
            Console.WriteLine(line);
        }
        else
        {
            Console.Error.WriteLine(line);
        }
    }
}
