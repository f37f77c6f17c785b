using System.Threading.Channels;

namespace PaperDigest.Cli.Serve;

/// <summary>
/// Holds the latest <see cref="BuildStatus"/> and hands each new one to every open page's event stream. Each
/// subscriber has a small queue that keeps only the newest statuses, so a stalled tab never holds up a build.
/// </summary>
internal sealed class LiveReloadHub
{
    private readonly Lock gate = new();
    private readonly List<(Channel<BuildStatus> Channel, string? Page)> subscribers = [];
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

    /// <summary>The site paths (below the base path, such as <c>/papers/x/</c>) of the pages open in browsers, as they told when subscribing.</summary>
    public IReadOnlyList<string> OpenPages
    {
        get
        {
            lock (gate)
            {
                return [.. subscribers.Select(s => s.Page).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
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
                subscriber.Channel.Writer.TryWrite(status);
            }
        }
    }

    /// <summary>A queue of statuses published from now on, starting with the current one; dispose it to leave.</summary>
    /// <param name="page">The site path of the page that listens, if it said; see <see cref="OpenPages"/>.</param>
    public Subscription Subscribe(string? page = null)
    {
        var channel = Channel.CreateBounded<BuildStatus>(new BoundedChannelOptions(4)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (gate)
        {
            channel.Writer.TryWrite(current);
            subscribers.Add((channel, page));
        }

        return new Subscription(channel.Reader, () =>
        {
            lock (gate)
            {
                subscribers.RemoveAll(s => s.Channel == channel);
            }
        });
    }
}
