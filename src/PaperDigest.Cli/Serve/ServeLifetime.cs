using Microsoft.Extensions.Hosting;

namespace PaperDigest.Cli.Serve;

/// <summary>
/// Replaces the host's console lifetime, which would take Ctrl-C and SIGTERM for itself: <see cref="DevServer"/>
/// handles the signals (<see cref="ShutdownSignals"/>) and stops its parts in order.
/// </summary>
internal sealed class ServeLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
