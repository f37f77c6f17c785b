using System.CommandLine;
using System.Globalization;
using PaperDigest.Cli.Serve;

namespace PaperDigest.Cli;

/// <summary>
/// <c>paperdigest serve</c>: checks its options (mistakes are usage errors, exit 2), then runs the
/// <see cref="DevServer"/> until Ctrl-C (exit 0).
/// </summary>
internal static class ServeCommand
{
    public const int DefaultPort = 5080;

    /// <summary>The <c>serve</c> subcommand, sharing <c>--input</c>, <c>--theme</c> and <c>--lock-wait</c> with <c>build</c>.</summary>
    public static Command Create(Option<string> input, Option<string?> theme, Option<int> lockWait)
    {
        var output = new Option<string?>("--output", "-o") { Description = "Where the site is built (default: a temporary folder, deleted on exit)" };
        var port = new Option<int>("--port", "-p") { Description = "The port to serve on", DefaultValueFactory = _ => DefaultPort };
        var host = new Option<string?>("--host")
        {
            Description = "The address to listen on instead of 127.0.0.1: 0.0.0.0 (every interface), a LAN address or a name. "
                + "This exposes the preview, drafts included, to everyone who can reach it: use it only on a network you trust",
        };
        var baseUrl = new Option<string?>("--base-url") { Description = "The base URL pages link to (default: http://127.0.0.1:PORT/, or the --host); its path is where the site is served" };
        var serve = new Command(
            "serve",
            "Build, serve on 127.0.0.1, rebuild on every change and reload open pages (drafts and future entries included).\n"
                + "It answers only requests addressed to it: the Host header must be 127.0.0.1, localhost or [::1] with the port, "
                + "the --host and its addresses, or the --base-url's host; anything else (a web page reaching it through DNS "
                + "rebinding) gets 403, as does a request without Host. The live-reload endpoints also refuse an Origin other "
                + "than the server's own.");
        serve.Options.Add(input);
        serve.Options.Add(theme);
        serve.Options.Add(output);
        serve.Options.Add(port);
        serve.Options.Add(host);
        serve.Options.Add(baseUrl);
        serve.Options.Add(lockWait);
        serve.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(theme), parse.GetValue(output), parse.GetValue(port), parse.GetValue(host), parse.GetValue(baseUrl), parse.GetValue(lockWait)));
        return serve;
    }

    /// <param name="output">Where to build; null for a temporary folder that is deleted on exit.</param>
    /// <param name="hostText"><c>--host</c>, or null to listen on 127.0.0.1.</param>
    /// <param name="lockWaitSeconds">How long to wait while another run holds the output folder; the server then holds it until it stops.</param>
    public static int Run(string input, string? theme, string? output, int port, string? hostText, string? baseUrlText, int lockWaitSeconds = LockWait.DefaultSeconds)
    {
        if (port is < 1 or > 65535)
        {
            Console.Error.WriteLine($"paperdigest: --port {port.ToString(CultureInfo.InvariantCulture)} is not a TCP port (1 to 65535)");
            return ExitCodes.Usage;
        }

        var (host, hostProblem) = ServeHost.Parse(hostText);
        var (baseUrl, urlProblem) = CommandLine.ParseBaseUrl(baseUrlText);
        var temporaryRoot = output is null
            ? Path.Combine(Path.GetTempPath(), $"paperdigest-serve-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid().ToString("N")[..8]}")
            : null;
        var site = output ?? Path.Combine(temporaryRoot!, "site");
        var problem = hostProblem ?? urlProblem ?? CommandLine.LockWaitProblem(lockWaitSeconds) ?? InputPaths.Problem(input, theme, site);
        if (problem is not null)
        {
            Console.Error.WriteLine($"paperdigest: {problem}");
            return ExitCodes.Usage;
        }

        baseUrl ??= new Uri(string.Create(CultureInfo.InvariantCulture, $"http://{host!.UrlHost}:{port}/"));
        if (temporaryRoot is not null)
        {
            Directory.CreateDirectory(temporaryRoot);
        }

        var settings = new ServeSettings(input, CommandLine.ThemeFolder(input, theme), site, temporaryRoot, host!, port, baseUrl);
        return LockWait.Run(site, "paperdigest serve", TimeSpan.FromSeconds(lockWaitSeconds), () => Serve(settings));
    }

    private static int Serve(ServeSettings settings)
    {
        try
        {
            return DevServer.RunAsync(settings).GetAwaiter().GetResult();
        }
#pragma warning disable CA1031 // The last line of defence: a bug must still end in a message, not a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"paperdigest: internal error in the dev server ({ex.GetType().Name}: {ex.Message}). Please report this.");
            return ExitCodes.ContentErrors;
        }
    }
}
