namespace PaperDigest.Tests.Serve;

/// <summary>
/// One <c>paperdigest serve</c> of the sample digest on 127.0.0.1, started once for the tests of a class that only
/// send requests to it (they change nothing), and stopped after them.
/// </summary>
public sealed class ServedSampleFixture : IAsyncLifetime, IDisposable
{
    private readonly TempFolder temp = new();
    private ServeProcess? serve;

    internal ServeProcess Serve => serve ?? throw new InvalidOperationException("serve has not started");

    public async Task InitializeAsync()
    {
        serve = ServeProcess.Start(temp.Path, temp.Combine("tmp"), "--input", RepoPaths.Input, "--theme", RepoPaths.Theme);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        await serve.WaitUntilServingAsync(http, TimeSpan.FromSeconds(60));
    }

    public Task DisposeAsync()
    {
        serve?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Deletes the server's folder; xunit calls it after <see cref="DisposeAsync"/>.</summary>
    public void Dispose() => temp.Dispose();
}
