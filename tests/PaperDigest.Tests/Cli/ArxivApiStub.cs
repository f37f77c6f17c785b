using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Web;
using System.Xml.Linq;

namespace PaperDigest.Tests.Cli;

/// <summary>
/// A stand-in for the arXiv API on 127.0.0.1: answers every request with what <c>answer</c> writes and records each
/// request's path with query and its User-Agent.
/// </summary>
internal sealed class ArxivApiStub : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly HttpListener listener = new();
    private readonly Func<HttpListenerRequest, HttpListenerResponse, Task> answer;
    private readonly CancellationTokenSource stopping = new();

    public ArxivApiStub(Func<HttpListenerResponse, Task> answer)
        : this((_, response) => answer(response))
    {
    }

    /// <summary>A stub whose answer depends on the request (its query).</summary>
    public ArxivApiStub(Func<HttpListenerRequest, HttpListenerResponse, Task> answer)
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

    /// <summary>
    /// Replays recorded answers: <c>id_list=A,B</c> is answered with one feed holding the <c>entry</c> of each id's
    /// recorded answer (<c>FOLDER/A.atom</c>, as arXiv answers <c>id_list=A</c>), in the order asked; an id with no
    /// recording gets the entry with an empty title that arXiv gives an id it does not know.
    /// </summary>
    public static ArxivApiStub Replay(string folder) => new((request, response) =>
    {
        var ids = (HttpUtility.ParseQueryString(request.Url!.Query)["id_list"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var feed = new XElement(Atom + "feed", new XElement(Atom + "title", "ArXiv Query: id_list=" + string.Join(',', ids)));
        foreach (var id in ids)
        {
            var recorded = Path.Combine(folder, id.Replace('/', '_') + ".atom");
            feed.Add(File.Exists(recorded)
                ? XDocument.Load(recorded).Root!.Elements(Atom + "entry")
                : new XElement(Atom + "entry", new XElement(Atom + "id", "http://arxiv.org/abs/" + id), new XElement(Atom + "title")));
        }

        return Write(response, 200, new XDeclaration("1.0", "UTF-8", null) + "\n" + feed);
    });

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
                    await answer(context.Request, context.Response);
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException or IOException)
                {
                    // The client gave up (the timeout test); nothing to answer.
                }
            });
        }
    }
}
