namespace PaperDigest.Tests.Serve;

/// <summary>
/// One <c>paperdigest serve</c> of the sample digest on 127.0.0.1, started once for the tests of a class that only
/// send requests to it (they change nothing), and stopped after them.
/// </summary>
public sealed class ServedSampleFixture : IAsyncLifetime
{
    private readonly TempFolder temp = new();
    private ServeProcess? serve;

    internal ServeProcess Serve => serve ?? throw new InvalidOperationException("serve has not started");

    public async ValueTask InitializeAsync()
    {
        serve = ServeProcess.Start(temp.Path, temp.Combine("tmp"), "--input", RepoPaths.Input, "--theme", RepoPaths.Theme);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        await serve.WaitUntilServingAsync(http, TimeSpan.FromSeconds(60));
    }

    /// <summary>Stops the server, then deletes its folder (xunit v3 calls only this, never a Dispose beside it).</summary>
    public ValueTask DisposeAsync()
    {
        serve?.Dispose();
        temp.Dispose();
        return ValueTask.CompletedTask;
    }
}
