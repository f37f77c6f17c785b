using System.Threading.Channels;

namespace PaperDigest.Cli.Serve;

/// <summary>One open page's queue of build statuses; disposing it unsubscribes.</summary>
internal sealed class Subscription(ChannelReader<BuildStatus> reader, Action leave) : IDisposable
{
    private int left;

    public ChannelReader<BuildStatus> Reader { get; } = reader;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref left, 1) == 0)
        {
            leave();
        }
    }
}
