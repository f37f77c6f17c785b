using System.Threading.Channels;

namespace PaperDigest.Cli.Serve;

/// <summary>
/// Turns a stream of change notifications into rebuilds on one background worker: a rebuild starts once no change has
/// arrived for <see cref="QuietPeriod"/> (an editor's save is often several events), never two run at once, and all
/// the changes that arrive during a rebuild lead to exactly one more.
/// </summary>
internal sealed class RebuildScheduler : IAsyncDisposable
{
    private readonly Func<IReadOnlyCollection<string>, CancellationToken, Task> rebuild;
    private readonly TimeProvider time;
    private readonly CancellationTokenSource stopping = new();

    // One pending token at most: "something changed since the last rebuild started".
    private readonly Channel<bool> pending = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    private readonly Lock gate = new();
    private readonly HashSet<string> changed = new(StringComparer.Ordinal);
    private long lastChangeTimestamp;
    private long requests;
    private long covered;
    private Task? worker;

    /// <param name="rebuild">Runs one rebuild, given the paths that changed since the previous one.</param>
    public RebuildScheduler(Func<IReadOnlyCollection<string>, CancellationToken, Task> rebuild, TimeSpan quietPeriod, TimeProvider? time = null)
    {
        this.rebuild = rebuild;
        QuietPeriod = quietPeriod;
        this.time = time ?? TimeProvider.System;
    }

    public TimeSpan QuietPeriod { get; }

    public void Start() => worker ??= Task.Run(RunAsync);

    /// <summary>
    /// How many changes had been noted when the running rebuild (or the last one) took its paths: a rebuild covers
    /// every change whose number (<see cref="Request"/>) is at most this. Read it from the rebuild.
    /// </summary>
    public long Covered => Interlocked.Read(ref covered);

    /// <summary>Notes that <paramref name="path"/> changed; safe to call from any thread, such as a file watcher's.</summary>
    /// <returns>The change's number, counting from 1: the rebuild whose <see cref="Covered"/> reaches it includes it.</returns>
    public long Request(string path)
    {
        long number;
        lock (gate)
        {
            changed.Add(path);
            lastChangeTimestamp = time.GetTimestamp();
            number = ++requests;
        }

        pending.Writer.TryWrite(true);
        return number;
    }

    /// <summary>
    /// Stops taking changes and waits for a running rebuild to end, at most <paramref name="grace"/>: a rebuild that
    /// takes longer is abandoned (its staging folder is cleaned up by the next build).
    /// </summary>
    public async Task StopAsync(TimeSpan grace)
    {
        pending.Writer.TryComplete();
        await stopping.CancelAsync().ConfigureAwait(false);
        if (worker is not null)
        {
            await Task.WhenAny(worker, Task.Delay(grace, time)).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        stopping.Dispose();
    }

    private async Task RunAsync()
    {
        var token = stopping.Token;
        try
        {
            while (await pending.Reader.WaitToReadAsync(token).ConfigureAwait(false))
            {
                await WaitForQuietAsync(token).ConfigureAwait(false);

                // Changes noted from here on come after this rebuild has started and get one more.
                pending.Reader.TryRead(out _);
                IReadOnlyCollection<string> paths;
                lock (gate)
                {
                    paths = [.. changed.Order(StringComparer.Ordinal)];
                    changed.Clear();
                    Interlocked.Exchange(ref covered, requests);
                }

                await rebuild(paths, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task WaitForQuietAsync(CancellationToken token)
    {
        while (true)
        {
            TimeSpan since;
            lock (gate)
            {
                since = time.GetElapsedTime(lastChangeTimestamp);
            }

            if (since >= QuietPeriod)
            {
                return;
            }

            await Task.Delay(QuietPeriod - since, time, token).ConfigureAwait(false);
        }
    }
}
