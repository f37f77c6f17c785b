using System.Diagnostics;
using PaperDigest.Building;

namespace PaperDigest.Cli.Serve;

/// <summary>
/// The file watcher's safety net: now and then, looks at every input and theme file by size and time
/// (<see cref="BuildSession.LookForUnseenChanges"/>), and asks for a rebuild when something changed that the watcher
/// did not report (events dropped, a folder made and filled before it was watched). It waits at least
/// <see cref="Interval"/> between looks, and longer for a digest whose look takes long, so that it never takes more
/// than a small share of a core.
/// </summary>
internal sealed class MissedChangeCheck(BuildSession session, Action<string> request, string folder) : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    /// <summary>How many times a look's own duration it waits before the next, at least.</summary>
    private const int Spacing = 50;

    private readonly CancellationTokenSource stopping = new();
    private Task? loop;

    public void Start() => loop ??= Task.Run(RunAsync);

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        if (loop is not null)
        {
            await loop.ConfigureAwait(false);
        }

        stopping.Dispose();
    }

    private async Task RunAsync()
    {
        var wait = Interval;
        try
        {
            while (true)
            {
                await Task.Delay(wait, stopping.Token).ConfigureAwait(false);
                var clock = Stopwatch.StartNew();
                try
                {
                    if (session.LookForUnseenChanges())
                    {
                        request(folder);
                    }
                }
#pragma warning disable CA1031 // A look that fails (a folder going away meanwhile) is tried again at the next.
                catch (Exception)
#pragma warning restore CA1031
                {
                }

                wait = TimeSpan.FromTicks(Math.Max(Interval.Ticks, clock.Elapsed.Ticks * Spacing));
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
