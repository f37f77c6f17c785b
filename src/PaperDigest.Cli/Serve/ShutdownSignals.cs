using System.Runtime.InteropServices;

namespace PaperDigest.Cli.Serve;

/// <summary>
/// Ctrl-C (SIGINT), SIGTERM and SIGHUP ask the server to stop cleanly; a second one ends the process at once, for a
/// shutdown that hangs.
/// </summary>
internal sealed class ShutdownSignals : IDisposable
{
    private readonly TaskCompletionSource requested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<PosixSignalRegistration> registrations = [];

    public ShutdownSignals()
    {
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP })
        {
            registrations.Add(PosixSignalRegistration.Create(signal, Handle));
        }
    }

    /// <summary>Completes when the first signal arrives.</summary>
    public Task Requested => requested.Task;

    public bool IsRequested => requested.Task.IsCompleted;

    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }
    }

    private void Handle(PosixSignalContext context)
    {
        // Cancelling the default action keeps the process alive for a clean stop; the second signal is left to it.
        context.Cancel = requested.TrySetResult();
    }
}
