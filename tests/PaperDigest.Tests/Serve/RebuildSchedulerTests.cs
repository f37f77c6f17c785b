using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using PaperDigest.Cli.Serve;

namespace PaperDigest.Tests.Serve;

/// <summary>
/// Saves become rebuilds: one per burst of changes, after the burst has ended; never two at once; changes made during
/// a rebuild lead to exactly one more.
/// </summary>
public sealed class RebuildSchedulerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <remarks>
    /// Time is a <see cref="FakeTimeProvider"/> moved by hand: the quiet period is a fact about the scheduler, not about
    /// how quickly a busy machine runs this test.
    /// </remarks>
    [Fact]
    public async Task A_burst_of_changes_leads_to_one_rebuild_once_the_changes_have_stopped_for_the_quiet_period()
    {
        var quiet = TimeSpan.FromMilliseconds(400);
        var time = new FakeTimeProvider();
        var rebuilds = new ConcurrentQueue<(IReadOnlyCollection<string> Paths, DateTimeOffset At)>();
        var scheduler = new RebuildScheduler((paths, _) =>
        {
            rebuilds.Enqueue((paths, time.GetUtcNow()));
            return Task.CompletedTask;
        }, quiet, time);
        await using (scheduler)
        {
            scheduler.Start();
            foreach (var i in Enumerable.Range(0, 30))
            {
                scheduler.Request($"input/papers/2025/{i % 3}.md");
                time.Advance(TimeSpan.FromMilliseconds(10));
            }

            var lastChange = time.GetUtcNow() - TimeSpan.FromMilliseconds(10);
            time.Advance(quiet - TimeSpan.FromMilliseconds(20));
            await Task.Delay(300, TestContext.Current.CancellationToken); // time for a wrong early rebuild to show up
            Assert.Empty(rebuilds);

            // The clock keeps moving in small steps: the worker may have read the clock just before a step and set
            // its timer just after, so one exact step could leave it waiting for a time that never comes.
            await Poll.UntilAsync(() =>
            {
                if (rebuilds.IsEmpty)
                {
                    time.Advance(TimeSpan.FromMilliseconds(10));
                }

                return Task.FromResult(!rebuilds.IsEmpty);
            }, Patience, () => "no rebuild once the quiet period was over");
            time.Advance(quiet * 3);
            await Task.Delay(300, TestContext.Current.CancellationToken); // time for a wrong second rebuild to show up
            var (paths, at) = Assert.Single(rebuilds);
            Assert.Equal(["input/papers/2025/0.md", "input/papers/2025/1.md", "input/papers/2025/2.md"], paths);
            Assert.True(at >= lastChange + quiet, $"rebuilt {(lastChange + quiet - at).TotalMilliseconds} ms before the quiet period was over");
        }
    }

    [Fact]
    public async Task Changes_during_a_rebuild_lead_to_exactly_one_more_and_rebuilds_never_overlap()
    {
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var rebuilds = new ConcurrentQueue<IReadOnlyCollection<string>>();
        var running = 0;
        var overlapped = false;
        var scheduler = new RebuildScheduler(async (paths, _) =>
        {
            overlapped |= Interlocked.Increment(ref running) > 1;
            rebuilds.Enqueue(paths);
            if (rebuilds.Count == 1)
            {
                await first.Task;
            }

            Interlocked.Decrement(ref running);
        }, TimeSpan.FromMilliseconds(50));
        await using (scheduler)
        {
            scheduler.Start();
            scheduler.Request("a.md");
            await Poll.UntilAsync(() => Task.FromResult(rebuilds.Count == 1), Patience, () => "the first rebuild did not start");

            scheduler.Request("b.md");
            scheduler.Request("c.md");
            await Task.Delay(200, TestContext.Current.CancellationToken); // more than the quiet period: the changes are not one burst
            scheduler.Request("b.md");
            Assert.Single(rebuilds);

            first.SetResult();
            await Poll.UntilAsync(() => Task.FromResult(rebuilds.Count == 2), Patience, () => "no rebuild for the changes made during the first");
            await Task.Delay(500, TestContext.Current.CancellationToken);
            Assert.Equal(2, rebuilds.Count);
            Assert.Equal(["b.md", "c.md"], rebuilds.Last());
            Assert.False(overlapped, "two rebuilds ran at once");
        }
    }

    [Fact]
    public async Task Stopping_waits_for_the_running_rebuild_and_then_takes_no_more_changes()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finished = false;
        var count = 0;
        var scheduler = new RebuildScheduler(async (_, _) =>
        {
            Interlocked.Increment(ref count);
            started.TrySetResult();
            await Task.Delay(300, CancellationToken.None); // a build is not cancelled midway
            finished = true;
        }, TimeSpan.FromMilliseconds(10));
        await using (scheduler)
        {
            scheduler.Start();
            scheduler.Request("a.md");
            await started.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);

            await scheduler.StopAsync(TimeSpan.FromSeconds(10));
            Assert.True(finished, "StopAsync returned while the rebuild was still running");

            scheduler.Request("b.md");
            await Task.Delay(300, TestContext.Current.CancellationToken);
            Assert.Equal(1, count);
        }
    }

    [Fact]
    public async Task Stopping_gives_up_on_a_rebuild_that_outlasts_the_grace_period()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var never = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var scheduler = new RebuildScheduler(async (_, _) =>
        {
            started.TrySetResult();
            await never.Task;
        }, TimeSpan.FromMilliseconds(10));
        scheduler.Start();
        scheduler.Request("a.md");
        await started.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);

        var stop = scheduler.StopAsync(TimeSpan.FromMilliseconds(200));
        Assert.Same(stop, await Task.WhenAny(stop, Task.Delay(Patience, TestContext.Current.CancellationToken)));
        never.SetResult();
        await scheduler.DisposeAsync();
    }
}
