using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PaperDigest.Tests.Cli;

/// <summary>
/// A stand-in for the arXiv API on 127.0.0.1: answers every request with what <c>answer</c> writes and records each
/// request's path with query and its User-Agent.
/// </summary>
internal sealed class ArxivApiStub : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Func<HttpListenerResponse, Task> answer;
    private readonly CancellationTokenSource stopping = new();

    public ArxivApiStub(Func<HttpListenerResponse, Task> answer)
    {
        this.answer = answer;
        Port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        _ = Task.Run(Serve);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/api/query";

    public ConcurrentQueue<(string PathAndQuery, string? UserAgent)> Requests { get; } = new();

    /// <summary>Answers with an Atom feed (200, application/atom+xml).</summary>
    public static ArxivApiStub Feed(string atom) => new(response => Write(response, 200, atom));

    public static async Task Write(HttpListenerResponse response, int status, string body)
    {
        response.StatusCode = status;
        response.ContentType = "application/atom+xml; charset=utf-8";
        var bytes = Encoding.UTF8.GetBytes(body);
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    /// <summary>A port nothing listens on once this returns.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        stopping.Cancel();
        listener.Close();
        stopping.Dispose();
    }

    private async Task Serve()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Requests.Enqueue((context.Request.Url!.PathAndQuery, context.Request.UserAgent));
            _ = Task.Run(async () =>
            {
                try
                {
                    await answer(context.Response);
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException or IOException)
                {
                    // The client gave up (the timeout test); nothing to answer.
                }
            });
        }
    }
}
