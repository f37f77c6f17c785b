using PaperDigest.Cli.Serve;

namespace PaperDigest.Tests.Serve;

/// <summary>Every open page hears about every build, starting with the state it connected in.</summary>
public sealed class LiveReloadHubTests
{
    private static BuildStatus Status(int build, bool succeeded) =>
        new(build, succeeded, succeeded ? $"test.{build}" : null, "", 0, []);

    [Fact]
    public void A_page_first_gets_the_current_status_then_each_new_one_and_nothing_after_it_leaves()
    {
        var hub = new LiveReloadHub();
        hub.Publish(Status(1, true));

        var subscription = hub.Subscribe();
        Assert.True(subscription.Reader.TryRead(out var first));
        Assert.Equal(1, first.Build);

        hub.Publish(Status(2, false));
        Assert.True(subscription.Reader.TryRead(out var second));
        Assert.False(second.Succeeded);
        Assert.Equal(2, hub.Current.Build);

        subscription.Dispose();
        Assert.Equal(0, hub.SubscriberCount);
        hub.Publish(Status(3, true));
        Assert.False(subscription.Reader.TryRead(out _));
    }

    [Fact]
    public void A_page_that_does_not_read_keeps_only_the_newest_statuses_and_never_blocks_a_build()
    {
        var hub = new LiveReloadHub();
        using var stalled = hub.Subscribe();
        foreach (var build in Enumerable.Range(1, 100))
        {
            hub.Publish(Status(build, true));
        }

        var seen = new List<int>();
        while (stalled.Reader.TryRead(out var status))
        {
            seen.Add(status.Build);
        }

        Assert.Equal(100, seen[^1]);
        Assert.True(seen.Count <= 4, $"a stalled page queued {seen.Count} statuses");
    }
}
