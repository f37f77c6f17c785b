using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;

namespace PaperDigest.Benchmarks;

/// <summary>
/// Listens to the dev server's live-reload events (<c>/__paperdigest/events</c>, server-sent events) as an open page
/// does, noting when each arrives: <see cref="ServeBenchmark"/> times an edit to the first event after it.
/// </summary>
internal sealed class ReloadEvents : IAsyncDisposable
{
    private readonly HttpClient http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource stop = new();
    private readonly Channel<ReloadEvent> events = Channel.CreateUnbounded<ReloadEvent>();
    private readonly Task reading;

    private ReloadEvents(Uri server) => reading = ReadAsync(new Uri(server, "__paperdigest/events"));

    public static ReloadEvents Listen(Uri server) => new(server);

    /// <summary>The next event that arrived after <paramref name="since"/> (a <see cref="Stopwatch"/> timestamp), or null after <paramref name="timeout"/>.</summary>
    public async Task<ReloadEvent?> NextAfterAsync(long since, TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var next = await events.Reader.ReadAsync(wait.Token);
                if (next.Timestamp > since)
                {
                    return next;
                }
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await reading;
        }
        catch (Exception ex) when (ex is OperationCanceledException or HttpRequestException or IOException)
        {
            // Stopped.
        }

        http.Dispose();
        stop.Dispose();
    }

    private async Task ReadAsync(Uri url)
    {
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, stop.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
        string? name = null;
        while (await reader.ReadLineAsync(stop.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && name is not null)
            {
                var arrived = Stopwatch.GetTimestamp();
                using var json = JsonDocument.Parse(line["data: ".Length..]);
                var build = json.RootElement.TryGetProperty("elapsedMilliseconds", out var ms) ? ms.GetInt64() : -1;
                await events.Writer.WriteAsync(new ReloadEvent(name, arrived, build), stop.Token);
                name = null;
            }
        }
    }
}
