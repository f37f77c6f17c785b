using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PaperDigest.Building;

namespace PaperDigest.Cli.Serve;

/// <summary>
/// <c>paperdigest serve</c>: builds the site (drafts and future entries included), serves it on 127.0.0.1 (or the
/// <c>--host</c>) with Kestrel to requests addressed to it (<see cref="HostAllowList"/>), rebuilds when the digest or
/// the theme changes and tells open pages to reload (or to show the errors), until Ctrl-C or SIGTERM.
/// </summary>
internal static class DevServer
{
    /// <summary>
    /// How long the file watcher waits for a burst of changes to end: an editor's save is a few events within a
    /// millisecond or two. Changes that arrive while a rebuild runs (a git checkout) are gathered into one more.
    /// </summary>
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(25);

    /// <summary>How long a rebuild waits for the preview of its changes on the open pages to end before it starts.</summary>
    private static readonly TimeSpan PreviewHeadStart = TimeSpan.FromSeconds(1);

    /// <summary>How long a stop waits for a running build, and then for open requests.</summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(ServeSettings settings)
    {
        // A rebuild keeps every thread of the pool busy for seconds; requests and live-reload events must not wait for
        // the pool to add threads one at a time meanwhile.
        ThreadPool.GetMinThreads(out var workers, out var completions);
        ThreadPool.SetMinThreads(Math.Max(workers, 8 * Environment.ProcessorCount), completions);
        using var signals = new ShutdownSignals();
        try
        {
            if (PortProblem(settings.Host, settings.Port) is { } problem)
            {
                Console.Error.WriteLine($"paperdigest: {problem}");
                return ExitCodes.Usage;
            }

            return await ServeAsync(settings, signals).ConfigureAwait(false);
        }
        finally
        {
            DeleteTemporaryRoot(settings.TemporaryRoot);
        }
    }

    /// <summary>The folders to watch: the input folder, and the theme folder when it exists outside it.</summary>
    private static List<string> Folders(ServeSettings settings) =>
        Directory.Exists(settings.Theme) && !Writing.RealPath.IsAtOrInside(Path.GetFullPath(settings.Theme), Path.GetFullPath(settings.Input))
            ? [settings.Input, settings.Theme]
            : [settings.Input];

    private static string ThemeText(ServeSettings settings) =>
        Directory.Exists(settings.Theme) ? $"the built-in theme overridden by '{settings.Theme}'" : "the built-in theme";

    private static async Task<int> ServeAsync(ServeSettings settings, ShutdownSignals signals)
    {
        var hub = new LiveReloadHub();
        var options = new BuildOptions(settings.Input, settings.Theme, settings.Output, IncludeDrafts: true, BaseUrl: settings.BaseUrl);
        using var session = BuildSession.LongLived(options);
        var previewer = new PagePreviewer(session, hub, settings.Output, QuietPeriod);
        await using var previewing = previewer.ConfigureAwait(false);
        var rebuilder = new SiteRebuilder(session, hub, previewer);

        // Watching starts before the first build, so nothing saved meanwhile is missed; the rebuilds it asks for wait
        // until the server is up. The first build runs before the server listens; when it fails the server starts
        // anyway and shows why. Each change is also previewed on the open pages while the rebuild runs.
        RebuildScheduler? scheduler = null;
        scheduler = new RebuildScheduler(async (changed, token) =>
        {
            var covered = scheduler!.Covered;
            await previewer.PreviewedAsync(PreviewHeadStart, token).ConfigureAwait(false);
            await Task.Run(() => rebuilder.Build(changed, covered), token).ConfigureAwait(false);
        }, QuietPeriod);
        void Changed(string path) => previewer.Note(scheduler.Request(path), path);
        await using (scheduler.ConfigureAwait(false))
        {
            // A theme folder inside the input folder (the default, theme/) is watched with it, even before it exists.
            using var watcher = new SourceWatcher(Folders(settings), Changed);
            watcher.Start();
            Console.WriteLine($"Building '{settings.Input}' with {ThemeText(settings)} (drafts and future-dated entries included)...");
            rebuilder.Build([]);
            if (signals.IsRequested)
            {
                return ExitCodes.Success;
            }

            var check = new MissedChangeCheck(session, Changed, settings.Input);
            await using var checking = check.ConfigureAwait(false);
            check.Start();

            using var stopping = new CancellationTokenSource();
            var basePath = settings.BaseUrl.AbsolutePath.EndsWith('/') ? settings.BaseUrl.AbsolutePath : settings.BaseUrl.AbsolutePath + "/";
            var hosts = new HostAllowList(settings.Host.AcceptedNames(), settings.Port, settings.BaseUrl);
            var app = CreateApp(settings.Host, settings.Port, new DevRequestHandler(settings.Output, basePath, hosts, hub, stopping.Token, previewer.Served));
            await using (app.ConfigureAwait(false))
            {
                try
                {
                    await app.StartAsync().ConfigureAwait(false);
                }
                catch (IOException ex)
                {
                    Console.Error.WriteLine($"paperdigest: cannot listen on {settings.Host.Name}:{settings.Port}: {ex.Message} Pass --port to choose another port.");
                    return ExitCodes.Usage;
                }

                scheduler.Start();
                previewer.Start();
                var where = settings.TemporaryRoot is null ? $"'{settings.Output}'" : $"a temporary folder ({settings.Output})";
                Console.WriteLine($"Serving http://{settings.Host.UrlHost}:{settings.Port}{basePath} from {where}.");
                if (settings.Host.ExposureWarning(settings.Port, hosts) is { } warning)
                {
                    Console.Error.WriteLine(warning);
                }

                Console.WriteLine($"Watching '{string.Join("' and '", Folders(settings))}': pages reload when a build finishes. Press Ctrl-C to stop.");

                await signals.Requested.ConfigureAwait(false);
                Console.WriteLine("Stopping...");
                watcher.Dispose();
                await scheduler.StopAsync(StopGrace).ConfigureAwait(false);
                // The rebuilds kept the build cache in memory; a temporary output folder's goes with it.
                if (settings.TemporaryRoot is null)
                {
                    session.Save(StopGrace);
                }

                await stopping.CancelAsync().ConfigureAwait(false);
                using var timeout = new CancellationTokenSource(StopGrace);
                await app.StopAsync(timeout.Token).ConfigureAwait(false);
            }
        }

        Console.WriteLine("Stopped.");
        return ExitCodes.Success;
    }

    private static WebApplication CreateApp(ServeHost host, int port, DevRequestHandler handler)
    {
        // The empty builder reads no appsettings.json or environment settings: nothing can add another endpoint.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, ServeLifetime>();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = StopGrace);
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            foreach (var address in host.Addresses)
            {
                kestrel.Listen(address, port);
            }
        });

        var app = builder.Build();
        app.Run(handler.HandleAsync);
        return app;
    }

    /// <summary>Checks the port before building, so a port in use is reported at once; null when it is free.</summary>
    private static string? PortProblem(ServeHost host, int port) =>
        host.Addresses.Select(address => PortProblem(address, port)).FirstOrDefault(problem => problem is not null);

    private static string? PortProblem(IPAddress address, int port)
    {
        var listener = new TcpListener(address, port);
        try
        {
            listener.Start();
            return null;
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return $"port {port} on {address} is already in use (another 'paperdigest serve'?); pass --port to choose another";
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressNotAvailable)
        {
            return $"cannot listen on {address}: it is not an address of this machine; pass --host one of its addresses";
        }
        catch (SocketException ex)
        {
            return $"cannot listen on {new IPEndPoint(address, port)} ({ex.Message}); pass --port to choose another";
        }
        finally
        {
            listener.Stop();
            listener.Dispose();
        }
    }

    private static void DeleteTemporaryRoot(string? folder)
    {
        if (folder is null)
        {
            return;
        }

        // An abandoned build may still be writing for a moment; try a few times.
        for (var attempt = 0; attempt < 5 && Directory.Exists(folder); attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(200);
            }
        }
    }
}
