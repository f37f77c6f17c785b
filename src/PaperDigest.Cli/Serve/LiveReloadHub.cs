using System.Threading.Channels;

namespace PaperDigest.Cli.Serve;

/// <summary>
/// Holds the latest <see cref="BuildStatus"/> and hands each new one to every open page's event stream. Each
/// subscriber has a small queue that keeps only the newest statuses, so a stalled tab never holds up a build.
/// </summary>
internal sealed class LiveReloadHub
{
    private readonly Lock gate = new();
    private readonly List<Channel<BuildStatus>> subscribers = [];
    private BuildStatus current = BuildStatus.NotBuilt;

    public BuildStatus Current
    {
        get
        {
            lock (gate)
            {
                return current;
            }
        }
    }

    public int SubscriberCount
    {
        get
        {
            lock (gate)
            {
                return subscribers.Count;
            }
        }
    }

    public void Publish(BuildStatus status)
    {
        lock (gate)
        {
            current = status;
            foreach (var subscriber in subscribers)
            {
                subscriber.Writer.TryWrite(status);
            }
        }
    }

    /// <summary>A queue of statuses published from now on, starting with the current one; dispose it to leave.</summary>
    public Subscription Subscribe()
    {
        var channel = Channel.CreateBounded<BuildStatus>(new BoundedChannelOptions(4)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (gate)
        {
            channel.Writer.TryWrite(current);
            subscribers.Add(channel);
        }

        return new Subscription(channel.Reader, () =>
        {
            lock (gate)
            {
                subscribers.Remove(channel);
            }
        });
    }
}
